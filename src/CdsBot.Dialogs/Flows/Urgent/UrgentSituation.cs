namespace CdsBot.Dialogs.Flows.Urgent;

/// <summary>The two situations that get the immediate safety answer instead of the FAQ.</summary>
public enum UrgentSituation
{
    /// <summary>Someone is asking the citizen right now for an OTP or password, a transfer, or to install an app or open a link.</summary>
    ScamInProgress,

    /// <summary>Money or data is already gone: the citizen was scammed, transferred, gave a code, or lost a bank account.</summary>
    MoneyLost,
}
