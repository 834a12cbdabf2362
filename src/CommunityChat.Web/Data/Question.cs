namespace CommunityChat.Web.Data;

/// <summary>A planned question. Its text is secret until <see cref="AskedAt"/> is set (SPEC rule 2).</summary>
public class Question
{
    public int Id { get; set; }

    public int ChatId { get; set; }

    public int Number { get; set; }

    public string Text { get; set; } = "";

    public int? OffsetMinutes { get; set; }

    public DateTime? AskedAt { get; set; }
}
