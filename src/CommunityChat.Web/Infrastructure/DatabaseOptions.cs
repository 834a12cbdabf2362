using System.ComponentModel.DataAnnotations;

namespace CommunityChat.Web.Infrastructure;

public sealed class DatabaseOptions
{
    public const string Section = "CommunityChat:Database";

    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary>"Sqlite" (the embedded default) or "Postgres" (several server instances on one database).</summary>
    [Required]
    [RegularExpression("^(Sqlite|Postgres)$", ErrorMessage = "CommunityChat:Database:Provider must be 'Sqlite' or 'Postgres'.")]
    public string Provider { get; set; } = Sqlite;
}
