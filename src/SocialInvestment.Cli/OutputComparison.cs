namespace SocialInvestment.Cli;

/// <summary>Compares two output files byte for byte and describes the first difference by line.</summary>
internal static class OutputComparison
{
    /// <summary>Empty when the files are identical; otherwise where they first differ, with both lines.</summary>
    internal static string FirstDifference(FileInfo expected, FileInfo actual)
    {
        if (!actual.Exists)
        {
            return "(not written)";
        }

        byte[] a = File.ReadAllBytes(expected.FullName);
        byte[] b = File.ReadAllBytes(actual.FullName);
        if (a.AsSpan().SequenceEqual(b))
        {
            return string.Empty;
        }

        string[] expectedLines = File.ReadAllText(expected.FullName).Split('\n');
        string[] actualLines = File.ReadAllText(actual.FullName).Split('\n');
        for (int i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            string e = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            string g = i < actualLines.Length ? actualLines[i] : "(end of file)";
            if (!string.Equals(e, g, StringComparison.Ordinal))
            {
                return $"at line {i + 1}: expected '{e}', got '{g}'";
            }
        }

        return "(the files differ in bytes that do not show as text, such as a byte order mark or line ends)";
    }
}
