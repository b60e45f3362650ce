using System.IO.Compression;

namespace SocialInvestment.Cli.Exports;

/// <summary>
/// Copies a zip package entry by entry, in order, with one fixed time on every entry: System.IO.Packaging stamps each
/// entry with the clock, and a workbook of the same inputs must be the same bytes.
/// </summary>
internal static class ReproducibleZip
{
    /// <summary>The time of every entry: 1980-01-01 00:00, the earliest a zip entry holds.</summary>
    internal static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Copies the zip in <paramref name="source"/> to <paramref name="destination"/> (left open); an entry for which
    /// <paramref name="replace"/> gives a writer is written by it instead of copied.
    /// </summary>
    internal static void Copy(Stream source, Stream destination, Func<string, Action<Stream>?> replace)
    {
        using var reader = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        using var writer = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (ZipArchiveEntry entry in reader.Entries)
        {
            ZipArchiveEntry copy = writer.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = EntryTime;
            using Stream to = copy.Open();
            if (replace(entry.FullName) is { } write)
            {
                write(to);
            }
            else
            {
                using Stream from = entry.Open();
                from.CopyTo(to);
            }
        }
    }
}
