using System.Data.Common;
using CdsBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CdsBot.Tests.Fixtures;

/// <summary>
/// Looks for a string in every text column of every table the model maps, so a table added later is searched too:
/// the erasure tests' proof that nothing holding an identity was left behind.
/// </summary>
public static class IdentityScan
{
    /// <summary>Every "table.column" holding <paramref name="value"/> anywhere in its text, with the number of rows.</summary>
    public static async Task<List<string>> FindAsync(IServiceProvider services, string value)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CdsBotDbContext>>().CreateDbContextAsync();
        var columns = db.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null)
            .SelectMany(e => e.GetProperties().Select(p => (Table: e.GetTableName()!, Column: p.GetColumnName(), Type: p.GetColumnType())))
            .Where(c => c.Type.Equals("TEXT", StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .ToList();
        Assert.True(columns.Select(c => c.Table).Distinct().Count() >= 30, "the model's tables were not all found");
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var found = new List<string>();
        foreach (var (table, column, _) in columns)
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE instr(\"{column}\", $value) > 0";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$value";
            parameter.Value = value;
            command.Parameters.Add(parameter);
            var rows = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            if (rows > 0)
            {
                found.Add($"{table}.{column} ({rows})");
            }
        }

        return found;
    }
}
