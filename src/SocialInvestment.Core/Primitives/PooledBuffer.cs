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
    private bool _pooled = true;

    internal PooledBuffer(int capacity = 1024) => _items = ArrayPool<T>.Shared.Rent(Math.Max(16, capacity));

    internal int Count { get; private set; }

    internal ReadOnlySpan<T> Items => _items.AsSpan(0, Count);

    internal void Add(T item)
    {
        if (!_pooled)
        {
            throw new InvalidOperationException("The buffer was trimmed; it takes no more items.");
        }

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

    /// <summary>
    /// Moves the items into an array of their own length and gives the pool's array back, for a buffer that is kept
    /// after it is filled: a pool array is up to twice as long as its items, and the pool is better off with it.
    /// </summary>
    internal void Trim()
    {
        if (!_pooled)
        {
            return;
        }

        T[] exact = GC.AllocateUninitializedArray<T>(Count);
        _items.AsSpan(0, Count).CopyTo(exact);
        ArrayPool<T>.Shared.Return(_items);
        _items = exact;
        _pooled = false;
    }

    public void Dispose()
    {
        if (_pooled && _items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(_items);
        }

        _items = [];
        Count = 0;
        _pooled = false;
    }
}
