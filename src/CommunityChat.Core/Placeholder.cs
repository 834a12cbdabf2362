namespace CommunityChat.Core;
