namespace SocialInvestment.Io;

/// <summary>The two forms of a weeks file (SPEC-DK DK1), told apart by the header.</summary>
public enum WeeksForm
{
    /// <summary>A DREAM extract: one row per person, a <c>y_YYWW</c> column per ISO week, <c>grad_YYYY_MM</c> columns of employment rates.</summary>
    Wide,

    /// <summary>A municipal weekly table: one row per person, week and benefit (<c>week</c>, <c>benefit</c>, optional <c>degree</c>).</summary>
    Long,
}
