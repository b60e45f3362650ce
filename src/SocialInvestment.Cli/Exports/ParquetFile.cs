using Parquet;
using Parquet.Schema;

namespace SocialInvestment.Cli.Exports;

/// <summary>
/// What the Parquet exports (lines.parquet, outcomes.parquet) share: the row-group size, the compression, and the bridge
/// from Parquet.Net's asynchronous writer to <see cref="OutputFolder"/>'s synchronous one (docs/output-formats.md,
/// "Parquet").
/// </summary>
internal static class ParquetFile
{
    /// <summary>
    /// Rows per row group: 1,048,576 (2²⁰). One group's columns are held in memory while it is written (for lines, about
    /// 130 MB of buffers, and about 300 MB more at the peak in all: docs/performance.md, "Parquet"), so a file of any
    /// length is written in that much; readers skip whole groups by their statistics.
    /// </summary>
    internal const int RowGroupRows = 1 << 20;

    /// <summary>
    /// Writes a file of <paramref name="schema"/> to <paramref name="stream"/> (which stays open), its row groups written
    /// by <paramref name="writeGroups"/>; Snappy-compressed, as most Parquet writers do by default.
    /// </summary>
    /// <remarks>
    /// Parquet.Net writes asynchronously; the file is written on the thread pool and waited for, so that no caller's
    /// synchronisation context can deadlock it. The bytes depend only on what is written: Parquet.Net's footer names the
    /// writer and its version (<c>created_by</c>) and holds no time.
    /// </remarks>
    internal static void Write(Stream stream, ParquetSchema schema, Func<ParquetWriter, Task> writeGroups)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Task.Run(async () =>
        {
            var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
            await using ParquetWriter writer = await ParquetWriter.CreateAsync(schema, stream, options, append: false).ConfigureAwait(false);
            await writeGroups(writer).ConfigureAwait(false);
        }).GetAwaiter().GetResult();
    }
}
