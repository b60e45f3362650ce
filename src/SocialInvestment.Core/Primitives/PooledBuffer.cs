using System.Buffers;

namespace SocialInvestment;

/// <summary>
/// A growable buffer whose arrays come from <see cref="ArrayPool{T}.Shared"/> and go back on <see cref="Dispose"/>: a
/// settlement makes hundreds of megabyte-sized buffers in turn, and fresh ones would each be a large-object allocation
/// that makes the collector walk the whole heap.
/// </summary>
internal sealed class PooledBuffer<T> : IDisposable
{
    private T[] _items;

    internal PooledBuffer(int capacity = 1024) => _items = ArrayPool<T>.Shared.Rent(Math.Max(16, capacity));

    internal int Count { get; private set; }

    internal ReadOnlySpan<T> Items => _items.AsSpan(0, Count);

    internal void Add(T item)
    {
        if (Count == _items.Length)
        {
            Grow(Count + 1);
        }

        _items[Count++] = item;
    }

    /// <summary>Adds <paramref name="items"/> in one copy, growing the buffer at most once.</summary>
    internal void AddRange(ReadOnlySpan<T> items)
    {
        if (items.Length > _items.Length - Count)
        {
            Grow(checked(Count + items.Length));
        }

        items.CopyTo(_items.AsSpan(Count));
        Count += items.Length;
    }

    /// <summary>Moves the items to a pooled array of at least <paramref name="needed"/> (doubling), giving the old one back.</summary>
    private void Grow(int needed)
    {
        int length = Math.Max(16, _items.Length);
        while (length < needed)
        {
            length = checked(length * 2);
        }

        T[] larger = ArrayPool<T>.Shared.Rent(length);
        Array.Copy(_items, larger, Count);
        if (_items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(_items);
        }

        _items = larger;
    }

    public void Dispose()
    {
        if (_items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(_items);
            _items = [];
            Count = 0;
        }
    }
}
