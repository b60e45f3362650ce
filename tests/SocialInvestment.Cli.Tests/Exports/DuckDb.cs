using DuckDB.NET.Data;

namespace SocialInvestment.Cli.Tests.Exports;

/// <summary>Reads Parquet files with DuckDB (DuckDB.NET), as an analyst's client would: SQL over <c>read_parquet</c>.</summary>
internal static class DuckDb
{
    /// <summary>The rows of <paramref name="sql"/>, each value as DuckDB.NET gives it (null for SQL NULL).</summary>
    internal static List<object?[]> Rows(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The one value of a query of one row and one column.</summary>
    internal static object? Scalar(string sql) => Assert.Single(Rows(sql))[0];

    /// <summary><c>read_parquet('path')</c>, the path quoted as an SQL string.</summary>
    internal static string Parquet(string path) => $"read_parquet('{path.Replace("'", "''", StringComparison.Ordinal)}')";

    /// <summary>Each column's name and its type as DuckDB reports it (<c>VARCHAR</c>, <c>DATE</c>, <c>DECIMAL(18,2)</c>, …), in order.</summary>
    internal static List<(string Name, string Type)> Columns(string path) =>
        [.. Rows($"DESCRIBE SELECT * FROM {Parquet(path)}").Select(row => ((string)row[0]!, (string)row[1]!))];

    /// <summary>The number of row groups in a Parquet file, from its footer.</summary>
    internal static long RowGroups(string path) =>
        Convert.ToInt64(Scalar($"SELECT count(DISTINCT row_group_id) FROM parquet_metadata('{path.Replace("'", "''", StringComparison.Ordinal)}')"), System.Globalization.CultureInfo.InvariantCulture);
}
