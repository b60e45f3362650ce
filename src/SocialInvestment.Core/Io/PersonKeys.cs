namespace SocialInvestment.Io;

/// <summary>
/// The people a weeks file names, each by the bytes that tell people apart (<see cref="RowIdentity.PersonKey"/>), with
/// the line that first names them and whether they are in the cohort: compact, so that a national extract of two million
/// people, most of them outside the cohort, is checked for a second row and counted in tens of megabytes. The bytes sit
/// one after another in large blocks and an entry is a few numbers; a set finds a key through a table of entry numbers
/// by its hash, always comparing the bytes themselves, so that two people whose hashes collide stay two people.
/// </summary>
internal sealed class PersonKeys
{
    private const int BlockBytes = 1 << 20;
    private readonly List<byte[]> _blocks = [];
    private Entry[] _entries = new Entry[64];
    private int[] _table;
    private int _used = BlockBytes;

    /// <summary>Creates an empty list of keys.</summary>
    /// <param name="isSet">Whether a key is kept once (<see cref="TryAdd"/>); else every key is kept in order (<see cref="Append"/>).</param>
    internal PersonKeys(bool isSet)
    {
        _table = isSet ? new int[128] : [];
    }

    /// <summary>How many entries are kept.</summary>
    internal int Count { get; private set; }

    /// <summary>How many entries are of people in the cohort.</summary>
    internal int Members { get; private set; }

    /// <summary>The line of entry <paramref name="index"/>.</summary>
    internal int LineOf(int index) => _entries[index].Line;

    /// <summary>Whether entry <paramref name="index"/> is of a person in the cohort.</summary>
    internal bool IsMember(int index) => _entries[index].Member;

    /// <summary>The key of entry <paramref name="index"/>.</summary>
    internal ReadOnlySpan<byte> KeyOf(int index)
    {
        Entry entry = _entries[index];
        return _blocks[entry.Block].AsSpan(entry.Offset, entry.Length);
    }

    /// <summary>Keeps a key, also where it was kept before (a list in file order, to be checked later).</summary>
    internal void Append(ReadOnlySpan<byte> key, int line, bool member) => Keep(key, line, member, HashOf(key));

    /// <summary>
    /// Keeps a key not kept before: true, with <paramref name="index"/> its new entry; false, with
    /// <paramref name="index"/> the entry that holds it already.
    /// </summary>
    internal bool TryAdd(ReadOnlySpan<byte> key, int line, bool member, out int index)
    {
        int hash = HashOf(key);
        int mask = _table.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            int found = _table[slot] - 1;
            if (found < 0)
            {
                index = Keep(key, line, member, hash);
                _table[slot] = index + 1;
                if (Count * 2 > _table.Length)
                {
                    Grow();
                }

                return true;
            }

            if (_entries[found].Hash == hash && KeyOf(found).SequenceEqual(key))
            {
                index = found;
                return false;
            }
        }
    }

    private static int HashOf(ReadOnlySpan<byte> key)
    {
        var hash = default(HashCode);
        hash.AddBytes(key);
        return hash.ToHashCode() & int.MaxValue;
    }

    private int Keep(ReadOnlySpan<byte> key, int line, bool member, int hash)
    {
        if (_used + key.Length > BlockBytes || _blocks.Count == 0)
        {
            _blocks.Add(new byte[Math.Max(BlockBytes, key.Length)]);
            _used = 0;
        }

        key.CopyTo(_blocks[^1].AsSpan(_used));
        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, checked(_entries.Length * 2));
        }

        _entries[Count] = new Entry(_blocks.Count - 1, _used, key.Length, line, hash, member);
        _used += key.Length;
        Members += member ? 1 : 0;
        return Count++;
    }

    private void Grow()
    {
        int[] table = new int[checked(_table.Length * 2)];
        int mask = table.Length - 1;
        for (int i = 0; i < Count; i++)
        {
            int slot = _entries[i].Hash & mask;
            while (table[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            table[slot] = i + 1;
        }

        _table = table;
    }

    /// <summary>A key's place in the blocks, its first line, its hash and whether it is a cohort member's.</summary>
    private readonly record struct Entry(int Block, int Offset, int Length, int Line, int Hash, bool Member);
}
