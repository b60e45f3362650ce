using System.Collections.ObjectModel;

namespace SocialInvestment;

/// <summary>
/// One candidate of a <see cref="DesignGrid"/>: its index in the grid's order and the value of each parameter, in the
/// grid's parameter order.
/// </summary>
public sealed class DesignAssignment
{
    internal DesignAssignment(long index, DesignSetting[] settings)
    {
        Index = index;
        Settings = Array.AsReadOnly(settings);
    }

    /// <summary>The candidate's place in the grid's order, from 0.</summary>
    public long Index { get; }

    /// <summary>Each parameter's value, in the grid's parameter order.</summary>
    public ReadOnlyCollection<DesignSetting> Settings { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Join(", ", Settings.Select(s => s.Parameter + " = " + s.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
