using System.Diagnostics;
using DuckDB.NET.Data;

namespace SocialInvestment.DuckDbPeer;

/// <summary>
/// Runs settle.sql, the DuckDB reference peer of <c>sib settle</c> (issue 22), on DuckDB.NET with DuckDB's defaults:
/// <c>DuckDbPeer --in DIR --out LINES.CSV [--as-of yyyy-MM-dd] [--timings] [--sql FILE]</c>. DIR holds contract.json,
/// participants.csv and spells.csv as <c>sib generate --danish</c> writes them; the as_of defaults to DIR/as_of.txt.
/// <c>--timings</c> runs the statements one by one and prints each one's time; <c>--sql</c> runs another SQL file with
/// the same placeholders (for trying a variant).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        string? input = ValueOf(args, "--in");
        string? output = ValueOf(args, "--out");
        if (input is null || output is null)
        {
            Console.Error.WriteLine("usage: DuckDbPeer --in DIR --out LINES.CSV [--as-of yyyy-MM-dd] [--timings] [--sql FILE]");
            return 2;
        }

        string asOf = ValueOf(args, "--as-of") ?? File.ReadAllText(Path.Combine(input, "as_of.txt")).Trim();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        var clock = Stopwatch.StartNew();
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        string sql = SettleSql.For(File.ReadAllText(ValueOf(args, "--sql") ?? Path.Combine(AppContext.BaseDirectory, "settle.sql")), input, output, asOf);
        if (args.Contains("--timings"))
        {
            // One statement at a time (they end with ';' at a line's end), each with its wall and CPU time (user and system,
            // all threads): where the SQL spends it.
            foreach (string statement in sql.Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var step = Stopwatch.StartNew();
                TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
                Execute(connection, statement);
                cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                string first = statement.Split('\n').First(line => line.Length > 0 && !line.StartsWith("--", StringComparison.Ordinal));
                Console.WriteLine($"{step.Elapsed.TotalSeconds,7:0.00} s wall {cpu.TotalSeconds,6:0.00} s CPU  {first}");
            }
        }
        else
        {
            Execute(connection, sql);
        }

        using (DuckDBCommand settings = connection.CreateCommand())
        {
            settings.CommandText = "SELECT current_setting('threads'), current_setting('memory_limit'), version()";
            using var reader = settings.ExecuteReader();
            reader.Read();
            Console.WriteLine($"DuckDB {reader.GetValue(2)}: {clock.Elapsed.TotalSeconds:0.00} s, threads {reader.GetValue(0)}, memory_limit {reader.GetValue(1)}; wrote {output}");
        }

        return 0;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? ValueOf(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
