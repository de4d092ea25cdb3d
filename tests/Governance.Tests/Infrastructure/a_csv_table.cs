using Governance.Ledger.Infrastructure.Csv;

namespace Governance.Tests.Infrastructure;

public class a_csv_table
{
    [Fact]
    public void reads_quoted_fields_holding_commas_doubled_quotes_and_line_breaks()
    {
        var table = CsvTable.Parse("code,name,source\r\nE1,\"Bath, Swindon\",\"said \"\"hi\"\"\nthen left\"\r\nE2,Devon,\r\n");

        table.Rows.Count.ShouldBe(2);
        table.Rows[0]["name"].ShouldBe("Bath, Swindon");
        table.Rows[0]["source"].ShouldBe("said \"hi\"\nthen left");
        table.Rows[1]["source"].ShouldBe("");
    }

    [Fact]
    public void names_a_column_it_does_not_have()
    {
        var table = CsvTable.Parse("code\nE1\n");

        Should.Throw<FormatException>(() => table.Rows[0]["name"]).Message.ShouldContain("'name'");
    }
}
