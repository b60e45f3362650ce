using System.Security.Cryptography;

namespace SocialInvestment.Io;

/// <summary>An input file's role and the SHA-256 of its bytes, so that a summary says exactly what it was computed from.</summary>
/// <param name="Role">What the file is: <c>contract</c>, <c>participants</c>, <c>spells</c>, <c>events</c>, <c>ledger</c> or <c>pseudonym_key</c>.</param>
/// <param name="Sha256">The lowercase hex SHA-256 of the file's bytes.</param>
public sealed record InputFile(string Role, string Sha256)
{
    /// <summary>Hashes a stream from its current position to its end.</summary>
    public static InputFile Hash(string role, Stream stream) => new(role, Convert.ToHexStringLower(SHA256.HashData(stream)));
}
