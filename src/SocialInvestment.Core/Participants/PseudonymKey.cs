using System.Security.Cryptography;
using System.Text;

namespace SocialInvestment;

/// <summary>
/// The secret key that turns CPR numbers into pseudonyms (SPEC §9):
/// <c>participant_id = lowercase hex of HMAC-SHA256(key, the ten digits as ASCII)</c>, its first 16 characters.
/// The key is the key file's bytes, as they are, and has at least <see cref="MinimumLength"/> of them. A plain hash
/// would be reversible by trying every birth date; a short key is too, by trying every key.
/// </summary>
public sealed class PseudonymKey
{
    /// <summary>
    /// The fewest bytes a key may have (SPEC §9): 16 bytes, 128 bits. A shorter key can be found by trying every key
    /// against one known pseudonym, and with it every pseudonym can be reversed.
    /// </summary>
    public const int MinimumLength = 16;

    /// <summary>The length of a good key (SPEC §9), as <c>sib keygen</c> makes it: 32 random bytes, HMAC-SHA256's own size.</summary>
    public const int RecommendedLength = 32;

    private readonly byte[] _key;

    /// <summary>Creates a key from the key file's bytes.</summary>
    /// <exception cref="ArgumentException">The key has fewer than <see cref="MinimumLength"/> bytes.</exception>
    public PseudonymKey(ReadOnlySpan<byte> key)
    {
        Preconditions.CheckArgument(
            key.Length >= MinimumLength,
            nameof(key),
            $"A pseudonym key must have at least {MinimumLength} bytes: a shorter key can be found by trying every key, and with it every pseudonym reversed.");
        _key = key.ToArray();
    }

    /// <summary>The pseudonym of a CPR number: 16 lowercase hex characters.</summary>
    public ParticipantId Pseudonymize(Cpr cpr)
    {
        Span<byte> message = stackalloc byte[10];
        Encoding.ASCII.GetBytes(cpr.Digits, message);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, message, mac);
        return ParticipantId.From(Convert.ToHexStringLower(mac[..8]));
    }
}
