using System.Diagnostics;

namespace SocialInvestment.Cli.Tests.Exports;

/// <summary>LibreOffice's <c>soffice</c>, where it is installed (on the PATH), run headless with a profile of its own.</summary>
internal static class LibreOffice
{
    /// <summary>The path of <c>soffice</c>, or null where LibreOffice is not installed.</summary>
    internal static string? Program { get; } = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, "soffice"))
        .FirstOrDefault(File.Exists);

    /// <summary>
    /// Converts <paramref name="file"/> with <c>soffice --headless --convert-to <paramref name="format"/></c> into
    /// <paramref name="outputFolder"/>; returns the exit code and what it printed. A fresh profile under
    /// <paramref name="profile"/> keeps runs apart; the locale is en-US, so that numbers shown are <c>1,234.50</c>.
    /// </summary>
    internal static (int ExitCode, string Output) Convert(string file, string format, string outputFolder, string profile)
    {
        var start = new ProcessStartInfo(Program ?? throw new InvalidOperationException("LibreOffice is not installed."))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "--headless", "--norestore", $"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--convert-to", format, "--outdir", outputFolder, file })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LANG"] = "en_US.UTF-8";
        start.Environment["LC_ALL"] = "en_US.UTF-8";
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "soffice did not finish within 3 minutes");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
