using System.Globalization;

namespace SocialInvestment.Testing;

/// <summary>
/// Sets the current culture and UI culture of this flow of execution (tasks and threads started from it inherit it) until
/// disposed, then restores them. Other tests running at the same time keep theirs.
/// </summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    internal CultureScope(string name)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
