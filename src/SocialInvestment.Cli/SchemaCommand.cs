using System.CommandLine;
using SocialInvestment.Io;

namespace SocialInvestment.Cli;

/// <summary>
/// <c>sib schema</c>: prints the JSON Schema of contract.json (docs/contract.schema.json holds the same text), for an
/// editor to complete and check contracts: <c>sib schema &gt; contract.schema.json</c>, then
/// <c>"$schema": "./contract.schema.json"</c> in the contract.
/// </summary>
internal static class SchemaCommand
{
    /// <summary>The command's name: <c>sib schema</c>.</summary>
    internal const string Name = "schema";

    internal static Command Create()
    {
        var command = new Command(Name, "Print the JSON Schema of contract.json, for editors to complete and check contracts");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.Write(ContractJsonSchema.Text);
            return ExitCodes.Success;
        });
        return command;
    }
}
