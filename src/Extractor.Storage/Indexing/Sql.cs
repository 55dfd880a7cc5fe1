using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Extractor.Storage.Indexing;

/// <summary>Small helpers that keep every statement parameterised.</summary>
/// <remarks>
/// The statements of <see cref="Execute"/>, <see cref="Insert"/>, <see cref="Scalar"/> and <see cref="List"/> are kept
/// prepared per connection: indexing runs a few dozen statements per article, and preparing each anew cost as much
/// as the work itself.
/// </remarks>
internal static class Sql
{
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Prepared = new();

    private static SqliteCommand Reuse(SqliteConnection connection, SqliteTransaction? transaction, string text, (string Name, object? Value)[] parameters)
    {
        var commands = Prepared.GetOrCreateValue(connection);
        if (!commands.TryGetValue(text, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = text;
            commands[text] = command;
        }

        command.Transaction = transaction;
        var bound = command.Parameters;
        if (SameNames(bound, parameters))
        {
            // The statement's parameters from its last run, given new values: no new parameter objects per row.
            for (var i = 0; i < parameters.Length; i++)
            {
                bound[i].Value = parameters[i].Value ?? DBNull.Value;
            }

            return command;
        }

        bound.Clear();
        foreach (var (name, value) in parameters)
        {
            bound.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static bool SameNames(SqliteParameterCollection bound, (string Name, object? Value)[] parameters)
    {
        if (bound.Count != parameters.Length)
        {
            return false;
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            if (!string.Equals(bound[i].ParameterName, parameters[i].Name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string text, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string text, params (string Name, object? Value)[] parameters)
    {
        return Reuse(connection, transaction, text, parameters).ExecuteNonQuery();
    }

    public static long Insert(SqliteConnection connection, SqliteTransaction? transaction, string text, params (string Name, object? Value)[] parameters)
    {
        return (long)Reuse(connection, transaction, text + " RETURNING id", parameters).ExecuteScalar()!;
    }

    public static T? Scalar<T>(SqliteConnection connection, SqliteTransaction? transaction, string text, params (string Name, object? Value)[] parameters)
    {
        var value = Reuse(connection, transaction, text, parameters).ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static List<T> List<T>(SqliteConnection connection, SqliteTransaction? transaction, string text, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var reader = Reuse(connection, transaction, text, parameters).ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public static string? NullableString(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
