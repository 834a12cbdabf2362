namespace CommunityChat.Web.Data;

/// <summary>
/// A job that must run on one server instance at a time (the chat schedule): who holds it and until when.
/// <see cref="DatabaseLease"/> takes and renews it.
/// </summary>
public class Lease
{
    public string Name { get; set; } = "";

    public string Holder { get; set; } = "";

    public DateTime ExpiresAt { get; set; }
}
