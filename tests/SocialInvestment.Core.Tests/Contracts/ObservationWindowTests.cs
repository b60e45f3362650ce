using static SocialInvestment.Tests.Fixtures;

namespace SocialInvestment.Tests.Contracts;

/// <summary>SPEC §5: the window is [W0, W0 + 7 × weeks − 1], W0 the programme start or the day after its end.</summary>
public sealed class ObservationWindowTests
{
    [Fact]
    public void A_window_from_the_start_begins_on_the_programme_start() =>
        Assert.Equal(D("2026-01-05"), new ObservationWindow(WindowAnchor.Start, 4).StartFor(D("2026-01-05"), D("2026-05-24")));

    [Fact]
    public void A_window_from_the_end_begins_the_day_after_the_programme_end() =>
        Assert.Equal(D("2026-05-25"), new ObservationWindow(WindowAnchor.End, 4).StartFor(D("2026-01-05"), D("2026-05-24")));

    [Fact]
    public void Four_weeks_are_twenty_eight_days_both_ends_included()
    {
        // 2026-01-05 + 27 days = 2026-02-01.
        var days = new ObservationWindow(WindowAnchor.Start, 4).DaysFrom(D("2026-01-05"));

        Assert.Equal(D("2026-01-05"), days.Start);
        Assert.Equal(D("2026-02-01"), days.End);
        Assert.Equal(28, days.Length);
    }

    [Fact]
    public void Weeks_run_from_one_to_the_maximum_and_the_anchor_must_be_defined()
    {
        Assert.Equal(1, new ObservationWindow(WindowAnchor.End, 1).Weeks);
        Assert.Equal(ObservationWindow.MaxWeeks, new ObservationWindow(WindowAnchor.Start, ObservationWindow.MaxWeeks).Weeks);
        Assert.Equal("weeks", Assert.Throws<ArgumentOutOfRangeException>(() => new ObservationWindow(WindowAnchor.Start, ObservationWindow.MaxWeeks + 1)).ParamName);
        Assert.Equal("from", Assert.Throws<ArgumentException>(() => new ObservationWindow((WindowAnchor)2, 4)).ParamName);
        Assert.Equal(WindowAnchor.End, new ObservationWindow(WindowAnchor.End, 1).From);
    }
}
