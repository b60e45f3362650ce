namespace SocialInvestment.Io;

/// <summary>How input CSV files are written by <see cref="ParticipantsCsv.Write"/> and <see cref="SpellsCsv.Write"/>.</summary>
public enum InputDialect
{
    /// <summary><c>,</c> separators, ISO dates, <c>.</c> decimals, UTF-8, the SPEC's English column names.</summary>
    Standard,

    /// <summary>
    /// As Danish municipal systems export: <c>;</c> separators, <c>dd-MM-yyyy</c> dates, decimal commas, Windows-1252,
    /// Danish column names (<c>deltager_id</c>, <c>ydelse</c>, <c>Ydelse startdato</c>, …).
    /// </summary>
    DanishExport,
}
