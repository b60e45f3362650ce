namespace SocialInvestment.Cli.Tests.Exports;

/// <summary>A fact that needs LibreOffice: skipped, saying why, where <c>soffice</c> is not on the PATH (xunit 2 decides skips when tests are found).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Program is null)
        {
            Skip = "LibreOffice is not installed (no soffice on the PATH), so the workbook is not opened in it here; .ci/run installs Debian's libreoffice-calc, and 'apt-get install libreoffice-calc' runs it locally.";
        }
    }
}
