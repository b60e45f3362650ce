using System.Text;
using SocialInvestment.Io;

namespace SocialInvestment.Tests.Io;

/// <summary>Builds input streams and reads them, for the reader tests.</summary>
internal static class Csv
{
    internal static readonly PseudonymKey Key = new("a test key, not a secret: 32 B!!"u8);

    internal static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    internal static MemoryStream Utf8(string text, bool bom = false)
    {
        byte[] body = new UTF8Encoding(false).GetBytes(text);
        return new MemoryStream(bom ? [0xEF, 0xBB, 0xBF, .. body] : body);
    }

    internal static MemoryStream Bytes(string text, Encoding encoding) => new(encoding.GetBytes(text));

    internal static ReadResult<IReadOnlyList<Participant>> Participants(string text, PseudonymKey? key = null) =>
        ParticipantsCsv.Read(Utf8(text), "participants.csv", key);

    internal static Participant Single(string text, PseudonymKey? key = null)
    {
        var result = Participants(text, key);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return Assert.Single(result.Value!);
    }

    internal static InputError FirstError<T>(ReadResult<T> result)
        where T : class
    {
        Assert.False(result.Succeeded);
        return result.Errors[0];
    }

    internal static Contract Contract(BenefitClass? unknownBenefits = null) => new(
        "test",
        new ObservationWindow(WindowAnchor.Start, 104),
        [new EnrolmentTrigger("enrolled")],
        [new FixedPayment("fee", "enrolled", 100m)],
        benefits: new Dictionary<string, BenefitClass> { ["kontanthjaelp"] = BenefitClass.Support, ["su"] = BenefitClass.Education },
        unknownBenefits: unknownBenefits);

    internal static IReadOnlySet<ParticipantId> Cohort(params string[] ids) => ids.Select(ParticipantId.From).ToHashSet();

    /// <summary>A stream that cannot seek, as a pipe or network stream.</summary>
    internal sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
