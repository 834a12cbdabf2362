namespace CommunityChat.Web.Data;

/// <summary>A #tag a post carries, in lower case: the index behind /tags/{tag} and search's hashtag filter (rule 14).</summary>
public class PostTag
{
    public long PostId { get; set; }

    public string Tag { get; set; } = "";
}
