using Microsoft.Win32.SafeHandles;

namespace SocialInvestment.Io;

/// <summary>
/// Bytes <c>[start, end)</c> of an open file as a stream of its own, read at their offsets, so that several pieces of
/// one file are read at once without sharing a position.
/// </summary>
internal sealed class FileSlice(SafeFileHandle handle, long start, long end) : Stream
{
    private readonly long _start = start;
    private long _position = start;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => end - _start;

    public override long Position
    {
        get => _position - _start;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int wanted = (int)Math.Min(buffer.Length, end - _position);
        if (wanted <= 0)
        {
            return 0;
        }

        int n = RandomAccess.Read(handle, buffer[..wanted], _position);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
