using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityChat.Web.Data.Configurations;

public sealed class ChatGuestConfiguration : IEntityTypeConfiguration<ChatGuest>
{
    public void Configure(EntityTypeBuilder<ChatGuest> builder)
    {
        builder.HasKey(g => new { g.ChatId, g.UserId });
        builder.HasOne(g => g.User).WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
