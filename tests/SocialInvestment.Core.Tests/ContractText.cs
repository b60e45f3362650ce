using System.Text;
using SocialInvestment.Io;

namespace SocialInvestment.Tests;

/// <summary>Reads contract.json text for the tests of the contract language's second set of features.</summary>
internal static class ContractText
{
    internal const string FileName = "contract.json";

    internal static Contract ReadOk(string json)
    {
        ReadResult<Contract> result = ContractJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), FileName);
        Assert.Empty(result.Errors.Select(e => e.ToString()));
        return result.Value!;
    }

    /// <summary>Asserts exactly one error, <c>contract.json:line:column: message</c>, at the first occurrence of <paramref name="marker"/>.</summary>
    internal static void AssertSingleError(string json, string marker, string message)
    {
        ReadResult<Contract> result = ContractJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), FileName);
        Assert.False(result.Succeeded);
        InputError error = Assert.Single(result.Errors);
        int offset = json.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"marker {marker} not in the JSON");
        int lineStart = offset == 0 ? 0 : json.LastIndexOf('\n', offset - 1) + 1;
        int line = json[..offset].Count(c => c == '\n') + 1;
        Assert.Equal($"{FileName}:{line}:{offset - lineStart + 1}: {message}", error.ToString());
    }
}
