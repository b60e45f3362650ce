namespace SocialInvestment;

/// <summary>Where a participant's observation window starts (SPEC §5).</summary>
public enum WindowAnchor
{
    /// <summary>On the programme start.</summary>
    Start,

    /// <summary>On the day after the programme end.</summary>
    End,
}
