using System.ComponentModel.DataAnnotations;

namespace CommunityChat.Web.Infrastructure;

public sealed class DatabaseOptions
{
    public const string Section = "CommunityChat:Database";

    /// <summary>"Sqlite" (the embedded default). "Postgres" is reserved for the scale-out work.</summary>
    [Required]
    [RegularExpression("^Sqlite$", ErrorMessage = "CommunityChat:Database:Provider must be 'Sqlite' in this version; PostgreSQL support is not built yet.")]
    public string Provider { get; set; } = "Sqlite";
}
