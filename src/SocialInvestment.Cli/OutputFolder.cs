namespace SocialInvestment.Cli;

/// <summary>
/// Writes a command's output files into a temporary folder beside the destination and moves them into place only when
/// all were written, so that a failure never leaves half-written output.
/// </summary>
internal static class OutputFolder
{
    /// <summary>Writes the files named by <paramref name="writers"/> and moves them into <paramref name="destination"/>.</summary>
    internal static void Write(DirectoryInfo destination, IReadOnlyList<(string FileName, Action<Stream> Write)> writers)
    {
        string target = Path.GetFullPath(destination.FullName);
        string parent = Path.GetDirectoryName(target.TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        Directory.CreateDirectory(parent);
        string staging = Path.Combine(parent, $".{Path.GetFileName(target.TrimEnd(Path.DirectorySeparatorChar))}.tmp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            foreach (var (fileName, write) in writers)
            {
                // A name may hold a subfolder (sib report's charts/*.svg).
                string path = Path.Combine(staging, fileName);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
                write(stream);
            }

            if (!Directory.Exists(target))
            {
                Directory.Move(staging, target);
                return;
            }

            foreach (var (fileName, _) in writers)
            {
                string destinationFile = Path.Combine(target, fileName);
                Directory.CreateDirectory(Path.GetDirectoryName(destinationFile)!);
                File.Move(Path.Combine(staging, fileName), destinationFile, overwrite: true);
            }
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}
