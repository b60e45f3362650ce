using System.Text;
using SocialInvestment.Io;
using SocialInvestment.Testing;

namespace SocialInvestment.Tests.Io;

/// <summary>
/// The reader's table of the contract format (src/SocialInvestment.Core/Io/ContractDocument/ContractFormatTable.cs) is
/// the one the document model generates, byte for byte, so that the model stays the one statement of the format while
/// start-up reads no attributes.
/// </summary>
public sealed class ContractFormatTableTests
{
    [Fact]
    public void The_table_in_Core_is_the_one_generated_from_the_document_model()
    {
        string path = RepositoryFolder.PathOf(ContractFormatTableText.Path);
        byte[] expected = Encoding.UTF8.GetBytes(ContractFormatTableText.Generate());
        bool current = File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(expected);
        if (!current && Environment.GetEnvironmentVariable(ContractFormatTableText.WriteVariable) == "1")
        {
            File.WriteAllBytes(path, expected);
        }

        // Fails after writing too, so that a regenerated table is built and looked at before it is committed.
        Assert.True(
            current,
            "src/SocialInvestment.Core/Io/ContractDocument/ContractFormatTable.cs is not the table that the document model "
            + "generates. Regenerate it from the checkout's root: " + ContractFormatTableText.Regenerate + ", then build and run the tests again.");
    }

    [Fact]
    public void Every_ranged_field_of_the_model_has_its_bounds_in_the_table()
    {
        var table = typeof(ContractFormatTable).GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)
            .Where(f => f.FieldType == typeof(DocumentBounds))
            .ToDictionary(f => f.Name, f => (DocumentBounds)f.GetValue(null)!, StringComparer.Ordinal);
        var model = ContractFormatTableText.Documents()
            .SelectMany(d => d.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
                .Select(p => (Name: ContractFormatTableText.Short(d) + p.Name, Bounds: ContractFormatTableText.Bounds(p))))
            .Where(p => p.Bounds is not null)
            .ToDictionary(p => p.Name, p => p.Bounds!.Value, StringComparer.Ordinal);

        Assert.Equal(model.OrderBy(p => p.Key, StringComparer.Ordinal), table.OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
