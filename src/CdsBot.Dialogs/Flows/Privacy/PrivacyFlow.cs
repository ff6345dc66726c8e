using CdsBot.Dialogs.Engine;
using CdsBot.Dialogs.Flows.Root;

namespace CdsBot.Dialogs.Flows.Privacy;

/// <summary>
/// Citizens' data rights as a flow: the privacy notice ("quyền riêng tư", the menu entry), "dữ liệu của tôi" (what is
/// kept) and "xóa dữ liệu của tôi" (erase, after confirming).
/// </summary>
public sealed class PrivacyFlow(PrivacyDialog dialog) : IFlow
{
    private static readonly HashSet<string> NoticeWords = ["quyen rieng tu", "chinh sach rieng tu", "bao mat du lieu", "chinh sach bao mat", "bao ve du lieu ca nhan"];
    private static readonly HashSet<string> MyDataWords = ["du lieu cua toi", "xem du lieu cua toi", "thong tin cua toi", "ban luu gi ve toi", "du lieu ca nhan cua toi"];
    private static readonly HashSet<string> EraseWords = ["xoa du lieu cua toi", "xoa du lieu", "xoa thong tin cua toi", "xoa het du lieu cua toi", "xoa du lieu ca nhan"];

    /// <inheritdoc />
    public Dialog Dialog => dialog;

    /// <inheritdoc />
    public MenuEntry? Menu { get; } = new("Quyền riêng tư", PrivacyPayloads.Notice, 90);

    /// <inheritdoc />
    public FlowStart? FromPayload(TurnContext turn, string payload) => payload switch
    {
        PrivacyPayloads.Notice => new FlowStart(PrivacyStep.Notice),
        PrivacyPayloads.MyData => new FlowStart(PrivacyStep.MyData),
        PrivacyPayloads.Erase => new FlowStart(PrivacyStep.Erase),
        _ => null,
    };

    /// <inheritdoc />
    public FlowStart? FromText(TurnContext turn, string text)
    {
        var folded = Phrases.Folded(text);
        return EraseWords.Contains(folded) ? new FlowStart(PrivacyStep.Erase)
            : MyDataWords.Contains(folded) ? new FlowStart(PrivacyStep.MyData)
            : NoticeWords.Contains(folded) ? new FlowStart(PrivacyStep.Notice)
            : null;
    }
}

/// <summary>Which privacy step a turn starts.</summary>
public enum PrivacyStep
{
    /// <summary>The notice.</summary>
    Notice,

    /// <summary>What is kept.</summary>
    MyData,

    /// <summary>Erase, after confirming.</summary>
    Erase,
}
