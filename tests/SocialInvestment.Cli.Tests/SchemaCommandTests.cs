using System.Text.Json;
using SocialInvestment.Io;
using SocialInvestment.Testing;

namespace SocialInvestment.Cli.Tests;

public sealed class SchemaCommandTests
{
    [Fact]
    public void Schema_prints_the_JSON_Schema_of_contract_json_that_docs_holds_and_exits_0()
    {
        CliRun run = CliRun.Of("schema");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(ContractJsonSchema.Text, run.Output);
        Assert.Equal(File.ReadAllText(RepositoryFolder.PathOf("docs", "contract.schema.json")), run.Output);
        using JsonDocument schema = JsonDocument.Parse(run.Output);
        Assert.Equal(ContractJsonSchema.Dialect, schema.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Every_sample_contract_names_the_schema_in_docs_by_a_relative_path()
    {
        string[] contracts = Directory.GetFiles(RepositoryFolder.PathOf("samples"), "contract.json", SearchOption.AllDirectories);

        Assert.NotEmpty(contracts);
        Assert.All(contracts, contract =>
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(contract));
            string reference = json.RootElement.GetProperty("$schema").GetString()!;
            Assert.False(Path.IsPathRooted(reference), contract);
            Assert.Equal(
                Path.GetFullPath(RepositoryFolder.PathOf("docs", "contract.schema.json")),
                Path.GetFullPath(Path.Combine(Path.GetDirectoryName(contract)!, reference)));
        });
    }
}
