namespace SocialInvestment.Tests.Participants;

/// <summary>SPEC §9: a pseudonym key has at least 16 bytes, and turns a CPR number into HMAC-SHA256's first 16 hex characters.</summary>
public sealed class PseudonymKeyTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(15)]
    public void A_key_shorter_than_16_bytes_is_refused_and_the_message_says_why(int length)
    {
        var error = Assert.Throws<ArgumentException>(() => new PseudonymKey(new byte[length]));

        Assert.Equal("key", error.ParamName);
        Assert.StartsWith(
            "A pseudonym key must have at least 16 bytes: a shorter key can be found by trying every key, and with it every pseudonym reversed.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_minimum_is_16_bytes_and_a_good_key_32() =>
        Assert.Equal((16, 32), (PseudonymKey.MinimumLength, PseudonymKey.RecommendedLength));

    [Fact]
    public void A_key_of_16_bytes_is_accepted_and_gives_the_HMAC_SHA256_pseudonym()
    {
        // Computed independently: Python's hmac.new(bytes(range(16)), b"0205871000", hashlib.sha256).hexdigest()[:16].
        var key = new PseudonymKey([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);

        Assert.True(Cpr.TryParse("020587-1000", out Cpr cpr, out _));
        Assert.Equal("468929ead43008a9", key.Pseudonymize(cpr).Value);
    }

    [Fact]
    public void The_key_is_copied_so_a_later_change_to_the_caller_s_bytes_does_not_move_pseudonyms()
    {
        byte[] bytes = [.. Enumerable.Range(0, 16).Select(i => (byte)i)];
        var key = new PseudonymKey(bytes);
        bytes[0] = 0xFF;

        Assert.True(Cpr.TryParse("0205871000", out Cpr cpr, out _));
        Assert.Equal("468929ead43008a9", key.Pseudonymize(cpr).Value);
    }
}
