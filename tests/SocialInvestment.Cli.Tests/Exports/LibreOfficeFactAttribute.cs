namespace SocialInvestment.Cli.Tests.Exports;

/// <summary>
/// A fact that needs LibreOffice: skipped, saying why, where <c>soffice</c> is not on the PATH (xunit 2 decides skips when
/// tests are found), except where <c>SIB_REQUIRE_LIBREOFFICE=1</c> (as .ci/run sets it): there it runs, and fails without it,
/// so that CI can never pass by skipping it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Program is null && Environment.GetEnvironmentVariable("SIB_REQUIRE_LIBREOFFICE") != "1")
        {
            Skip = "LibreOffice is not installed (no soffice on the PATH), so the workbook is not opened in it here; .ci/run installs Debian's libreoffice-calc, and 'apt-get install libreoffice-calc' runs it locally.";
        }
    }
}
