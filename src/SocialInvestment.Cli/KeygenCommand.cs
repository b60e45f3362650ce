using System.CommandLine;
using System.Security.Cryptography;

namespace SocialInvestment.Cli;

/// <summary>
/// <c>sib keygen --out FILE</c>: a new pseudonym key (SPEC §9), <see cref="PseudonymKey.RecommendedLength"/> bytes from the
/// operating system's cryptographic generator, in a new file that only its owner may read and write where the file
/// system has Unix permissions. It never overwrites a file, since pseudonyms made with a key can be recomputed only with
/// that key, and it never prints the key.
/// </summary>
internal static class KeygenCommand
{
    /// <summary>The command's name: <c>sib keygen</c>.</summary>
    internal const string Name = "keygen";

    internal static Command Create()
    {
        Option<FileInfo> output = new("--out") { Description = "The key file to create: it must not exist, and its folder must", Required = true };
        var command = new Command(Name, "Make a pseudonym key for CPR numbers: 32 random bytes in a new file that only its owner can read")
        {
            output,
        };
        command.SetAction(parse => Generate(parse.GetValue(output)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Generate(FileInfo file, TextWriter output, TextWriter error)
    {
        string path = Path.GetFullPath(file.FullName);
        if (Directory.Exists(path))
        {
            error.WriteLine($"error: {file}: this is a folder; name the key file to create in it, such as {Path.Combine(file.ToString(), "pseudonym.key")}.");
            return ExitCodes.BadInput;
        }

        string? folder = Path.GetDirectoryName(path);
        if (folder is null || !Directory.Exists(folder))
        {
            error.WriteLine($"error: {file}: the folder {folder} does not exist; create it first (apart from the data, readable by the key's holder only), then run sib keygen again.");
            return ExitCodes.BadInput;
        }

        if (File.Exists(path))
        {
            return Exists(file, error);
        }

        byte[] key = RandomNumberGenerator.GetBytes(PseudonymKey.RecommendedLength);
        try
        {
            FileStream stream;
            try
            {
                stream = new FileStream(path, CreateOptions());
            }
            catch (IOException) when (File.Exists(path))
            {
                // Created by someone else between the check and here: CreateNew left it untouched.
                return Exists(file, error);
            }

            try
            {
                using (stream)
                {
                    stream.Write(key);
                    stream.Flush(flushToDisk: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A key cut short would be refused, or worse, accepted and then lost: leave no file behind.
                File.Delete(path);
                throw;
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }

        string permissions = OperatingSystem.IsWindows()
            ? "with the permissions of its folder: let only the key's holder read it"
            : "readable and writable by its owner only";
        output.WriteLine($"Wrote a new pseudonym key of {PseudonymKey.RecommendedLength} random bytes to {path}, {permissions}.");
        output.WriteLine(
            "Keep it apart from the data (not in the folder or repository of the extracts), use the same key for every settlement "
            + "so that the pseudonyms stay the same, and keep a copy safe: without it no pseudonym can be recomputed.");
        return ExitCodes.Success;
    }

    private static FileStreamOptions CreateOptions()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            // Set when the file is created, so it is never readable by others, not even for a moment.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }

    private static int Exists(FileInfo file, TextWriter error)
    {
        error.WriteLine(
            $"error: {file}: the file exists already, and sib keygen never overwrites one: pseudonyms made with a key can be recomputed only with that key. "
            + "Name a new file, or move the old key away yourself once nothing needs it.");
        return ExitCodes.BadInput;
    }
}
