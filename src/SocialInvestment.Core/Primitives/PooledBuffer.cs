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
            T[] larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            Array.Copy(_items, larger, Count);
            ArrayPool<T>.Shared.Return(_items);
            _items = larger;
        }

        _items[Count++] = item;
    }

    internal void AddRange(List<T> items)
    {
        foreach (T item in items)
        {
            Add(item);
        }
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
