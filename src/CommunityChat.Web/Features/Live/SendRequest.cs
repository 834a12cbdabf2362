namespace CommunityChat.Web.Features.Live;

public sealed record SendRequest(string? Text, int? QuestionNumber, long? ReplyToId);
