using System.Globalization;

namespace SocialInvestment.Testing;

public sealed class TestCultureTests
{
    [Fact]
    public async Task Tests_and_the_threads_they_start_run_under_the_culture_that_SIB_TEST_CULTURE_names()
    {
        string expected = (TestCulture.Requested ?? CultureInfo.CurrentCulture).Name;

        Assert.Equal(expected, CultureInfo.CurrentCulture.Name);
        Assert.Equal(expected, await Task.Run(() => CultureInfo.CurrentCulture.Name));
        string? onThread = null;
        var thread = new Thread(() => onThread = CultureInfo.CurrentCulture.Name);
        thread.Start();
        thread.Join();
        Assert.Equal(expected, onThread);
    }
}
