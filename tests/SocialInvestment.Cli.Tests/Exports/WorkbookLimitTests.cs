using SocialInvestment.Cli.Exports;

namespace SocialInvestment.Cli.Tests.Exports;

/// <summary>An Excel sheet holds 1,048,576 rows, the header one of them: a workbook of a sheet with more is refused before anything is written.</summary>
public sealed class WorkbookLimitTests
{
    [Fact]
    public void A_sheet_of_1048575_rows_below_its_header_fits_and_one_more_is_refused_with_the_reason()
    {
        static WorkbookSheet Sheet(long rows) => new("Lines", [SheetColumn.Of("Participant")], rows, _ => { });

        Assert.Null(Workbook.Refusal([Sheet(1_048_575)], "settlement.xlsx"));
        Assert.Equal(
            "--xlsx: settlement.xlsx not written: the sheet 'Lines' would have 1048576 rows below its header, and an Excel sheet holds at most 1048575; nothing was written (the CSV files, or --parquet where the command has it, hold any number of rows).",
            Workbook.Refusal([Sheet(10), Sheet(1_048_576)], "settlement.xlsx"));
        Assert.Throws<InvalidOperationException>(() => Workbook.Write(Stream.Null, [Sheet(1_048_576)]));
    }

    [Fact]
    public void A_sheet_whose_rows_are_not_as_many_as_it_said_is_an_error_not_a_short_file()
    {
        var sheet = new WorkbookSheet("Lines", [SheetColumn.Of("Participant")], 2, rows => rows.Text("only one").EndRow());

        Assert.Throws<InvalidOperationException>(() => Workbook.Write(new MemoryStream(), [sheet]));
    }
}
