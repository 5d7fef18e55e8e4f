# ServiceRecovery.ps1 - what Windows does when the CallTracker service fails (dot-sourced by install.ps1).
#
# The Service Control Manager counts a service's failures and takes the action listed for that count; past the end
# of the list it repeats the LAST action. Ending the list with "restart" would restart a service that cannot start
# (a settings problem: CallTracker exits with code 2 and the list of problems in logs\) every 30 s for ever. So the
# list ends with "take no action": restart after 5 s, restart after 30 s, then leave it stopped until an admin starts
# it. The count goes back to zero after a day without failures, so a service that crashes now and then is always
# restarted.
#
# sc.exe cannot say this reliably: its "actions=" string has no documented way to put "no action" after a restart.
# ChangeServiceConfig2 takes the SC_ACTION array itself, so the actions are set through it.

$ServiceRecoverySource = @'
using System;
using System.ComponentModel;
using System.Runtime.InteropServices;

namespace CallTrackerSetup
{
    // SC_ACTION_TYPE
    public enum ScActionType { None = 0, Restart = 1, Reboot = 2, RunCommand = 3 }

    // SC_ACTION
    [StructLayout(LayoutKind.Sequential)]
    public struct ScAction
    {
        public ScActionType Type;
        public uint Delay;

        public ScAction(ScActionType type, uint delayMilliseconds)
        {
            Type = type;
            Delay = delayMilliseconds;
        }
    }

    public static class ServiceRecovery
    {
        private const uint ScManagerConnect = 0x0001;
        private const uint ServiceChangeConfig = 0x0002;
        // The SCM checks that whoever sets a restart action could start the service.
        private const uint ServiceStart = 0x0010;
        private const uint ConfigFailureActions = 2;
        private const uint ConfigFailureActionsFlag = 4;

        // SERVICE_FAILURE_ACTIONSW; null reboot message and command mean "leave unchanged".
        [StructLayout(LayoutKind.Sequential)]
        private struct FailureActions
        {
            public uint ResetPeriod;
            public IntPtr RebootMessage;
            public IntPtr Command;
            public uint ActionCount;
            public IntPtr Actions;
        }

        // SERVICE_FAILURE_ACTIONS_FLAG
        [StructLayout(LayoutKind.Sequential)]
        private struct FailureActionsFlag
        {
            public int OnNonCrashFailures;
        }

        [DllImport("advapi32.dll", EntryPoint = "OpenSCManagerW", CharSet = CharSet.Unicode, SetLastError = true)]
        private static extern IntPtr OpenSCManager(string machine, string database, uint access);

        [DllImport("advapi32.dll", EntryPoint = "OpenServiceW", CharSet = CharSet.Unicode, SetLastError = true)]
        private static extern IntPtr OpenService(IntPtr manager, string name, uint access);

        [DllImport("advapi32.dll", EntryPoint = "ChangeServiceConfig2W", SetLastError = true)]
        private static extern bool ChangeServiceConfig2(IntPtr service, uint level, ref FailureActions info);

        [DllImport("advapi32.dll", EntryPoint = "ChangeServiceConfig2W", SetLastError = true)]
        private static extern bool ChangeServiceConfig2(IntPtr service, uint level, ref FailureActionsFlag info);

        [DllImport("advapi32.dll", SetLastError = true)]
        private static extern bool CloseServiceHandle(IntPtr handle);

        public static void Apply(string serviceName, uint resetSeconds, ScAction[] actions, bool onNonCrashFailures)
        {
            IntPtr manager = OpenSCManager(null, null, ScManagerConnect);
            if (manager == IntPtr.Zero)
            {
                throw new Win32Exception(Marshal.GetLastWin32Error(), "Cannot open the Service Control Manager");
            }

            try
            {
                IntPtr service = OpenService(manager, serviceName, ServiceChangeConfig | ServiceStart);
                if (service == IntPtr.Zero)
                {
                    throw new Win32Exception(Marshal.GetLastWin32Error(), "Cannot open service " + serviceName);
                }

                try
                {
                    SetActions(service, resetSeconds, actions);
                    var flag = new FailureActionsFlag { OnNonCrashFailures = onNonCrashFailures ? 1 : 0 };
                    if (!ChangeServiceConfig2(service, ConfigFailureActionsFlag, ref flag))
                    {
                        throw new Win32Exception(Marshal.GetLastWin32Error(), "Cannot set the failure actions flag of " + serviceName);
                    }
                }
                finally
                {
                    CloseServiceHandle(service);
                }
            }
            finally
            {
                CloseServiceHandle(manager);
            }
        }

        private static void SetActions(IntPtr service, uint resetSeconds, ScAction[] actions)
        {
            int size = Marshal.SizeOf<ScAction>();
            IntPtr array = Marshal.AllocHGlobal(size * actions.Length);
            try
            {
                for (int i = 0; i < actions.Length; i++)
                {
                    Marshal.StructureToPtr(actions[i], array + (i * size), false);
                }

                var info = new FailureActions { ResetPeriod = resetSeconds, ActionCount = (uint)actions.Length, Actions = array };
                if (!ChangeServiceConfig2(service, ConfigFailureActions, ref info))
                {
                    throw new Win32Exception(Marshal.GetLastWin32Error(), "Cannot set the failure actions");
                }
            }
            finally
            {
                Marshal.FreeHGlobal(array);
            }
        }
    }
}
'@

function Initialize-ServiceRecoveryType {
    if (-not ('CallTrackerSetup.ServiceRecovery' -as [type])) {
        Add-Type -TypeDefinition $ServiceRecoverySource -Language CSharp
    }
}

# The policy install.ps1 sets. OnNonCrashFailures: a service that reports "stopped" with a non-zero exit code has
# failed too, not only one whose process vanished.
function Get-ServiceRecoveryPolicy {
    Initialize-ServiceRecoveryType
    [pscustomobject]@{
        ResetSeconds       = [uint32] 86400
        Actions            = [CallTrackerSetup.ScAction[]] @(
            [CallTrackerSetup.ScAction]::new('Restart', 5000),
            [CallTrackerSetup.ScAction]::new('Restart', 30000),
            [CallTrackerSetup.ScAction]::new('None', 0))
        OnNonCrashFailures = $true
    }
}

# One line for -WhatIf and for the installer's output.
function Format-ServiceRecoveryPolicy($Policy) {
    $steps = foreach ($action in $Policy.Actions) {
        if ($action.Type -eq 'None') { 'then take no action' } else { "$($action.Type.ToString().ToLowerInvariant()) after $($action.Delay / 1000) s" }
    }
    "on failure: $($steps -join ', '); the count resets after $($Policy.ResetSeconds / 3600) h without failures"
}

function Set-ServiceRecovery([Parameter(Mandatory)] [string] $ServiceName) {
    $policy = Get-ServiceRecoveryPolicy
    [CallTrackerSetup.ServiceRecovery]::Apply($ServiceName, $policy.ResetSeconds, $policy.Actions, $policy.OnNonCrashFailures)
    Write-Host "Service $ServiceName $(Format-ServiceRecoveryPolicy $policy)."
}
