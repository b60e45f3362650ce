using System.Diagnostics;
using System.Globalization;

namespace SocialInvestment.Cli;

/// <summary>
/// One line of progress on standard error, for runs longer than about a second when standard error is a terminal;
/// silent otherwise, so that logs and tests see only results and errors.
/// </summary>
internal sealed class ProgressLine : IProgress<int>
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly TextWriter? _error;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private TimeSpan _last = TimeSpan.MinValue;
    private string _stage = string.Empty;
    private int _total;
    private bool _written;

    /// <param name="error">Standard error, or null where progress is not shown.</param>
    internal ProgressLine(TextWriter? error) => _error = error;

    /// <summary>A line that never shows anything.</summary>
    internal static ProgressLine None { get; } = new(null);

    /// <summary>Starts a stage, for example <c>settling</c> of <paramref name="total"/> participants (0: no count).</summary>
    internal void Stage(string stage, int total = 0)
    {
        lock (_gate)
        {
            _stage = stage;
            _total = total;
            Show(0, force: true);
        }
    }

    public void Report(int value)
    {
        lock (_gate)
        {
            Show(value, force: false);
        }
    }

    /// <summary>Ends the line, if one was written.</summary>
    internal void Done()
    {
        lock (_gate)
        {
            if (_written && _error is not null)
            {
                _error.WriteLine();
                _written = false;
            }
        }
    }

    private void Show(int value, bool force)
    {
        TimeSpan now = _clock.Elapsed;
        if (_error is null || now < Quiet || (!force && now - _last < Interval))
        {
            return;
        }

        _last = now;
        string count = _total > 0 ? string.Create(CultureInfo.InvariantCulture, $" {value:N0} of {_total:N0}") : string.Empty;
        _error.Write($"\r{_stage}{count}…".PadRight(60));
        _written = true;
    }
}
