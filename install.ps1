#Requires -Version 7.0
<#
.SYNOPSIS
    Builds CallTracker from this source folder and installs it as a service
    (a Windows service, or a systemd service on Linux), or removes it.

.DESCRIPTION
    Run from an elevated PowerShell 7 prompt (Windows: "Run as administrator";
    Linux: sudo pwsh ./install.ps1). The .NET 10 SDK must be installed.

    Install / update:
      1. builds CallTracker.Pbx and publishes it to -InstallDir;
         your edited appsettings.json, routing.json, menus.json, tracking.json and nlog.config in -InstallDir are kept
         (a copy goes to <InstallDir>/config-backup/<date-time>/ first; the new
         version's defaults are left beside them as *.new when they differ);
      2. Windows: creates or updates the service (automatic start; if it fails,
         Windows restarts it after 5 s, then after 30 s, then leaves it stopped,
         see deploy/ServiceRecovery.ps1) and starts it.
         Linux: creates the "calltracker" system account, installs
         deploy/calltracker.service into /etc/systemd/system, enables and
         starts it.

    Uninstall (-Uninstall): stops and removes the service only. The install
    folder stays as it is: program, settings, the call database (data/) and
    logs (logs/). Delete it yourself if you no longer need them.

.PARAMETER InstallDir
    Where CallTracker is installed. Default: C:\Program Files\CallTracker on
    Windows, /opt/calltracker on Linux.

.PARAMETER ServiceName
    Name of the service. Default: CallTracker. On Linux the systemd unit is
    the same name in lower case (calltracker.service).

.PARAMETER Uninstall
    Stop and remove the service; keep all files.

.PARAMETER ServiceUser
    Linux only: the system account the service runs as, created if missing. Default: calltracker.

.PARAMETER UnitDir
    Linux only: where the systemd unit goes. Default: /etc/systemd/system.

.PARAMETER WhatIf
    Print what an install, upgrade or uninstall would do, and change nothing.

.EXAMPLE
    pwsh ./install.ps1
.EXAMPLE
    sudo pwsh ./install.ps1 -InstallDir /srv/calltracker
.EXAMPLE
    pwsh ./install.ps1 -Uninstall
.EXAMPLE
    pwsh ./install.ps1 -WhatIf
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [string] $InstallDir = $(if ($IsWindows) { Join-Path $env:ProgramFiles 'CallTracker' } else { '/opt/calltracker' }),

    [ValidatePattern('^[A-Za-z0-9_.-]+$')]
    [string] $ServiceName = 'CallTracker',

    [switch] $Uninstall,

    [ValidatePattern('^[a-z_][a-z0-9_-]*$')]
    [string] $ServiceUser = 'calltracker',

    [string] $UnitDir = '/etc/systemd/system'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
# Exit codes of programs (dotnet, sc.exe, systemctl) are checked by
# Invoke-Checked below, with a message that says what failed.
$PSNativeCommandUseErrorActionPreference = $false

# --- Fixed names: change them here only together with the files they name ---
$ProjectPath = Join-Path $PSScriptRoot 'CallTracker.Pbx' 'CallTracker.Pbx.csproj'
$UnitTemplate = Join-Path $PSScriptRoot 'deploy' 'calltracker.service'
$UnitTemplateDir = '/opt/calltracker'          # the path written in the unit file
$ExeName = if ($IsWindows) { 'CallTracker.Pbx.exe' } else { 'CallTracker.Pbx' }
$PreservedFiles = @('appsettings.json', 'routing.json', 'menus.json', 'tracking.json', 'nlog.config')   # the admin's settings
$UnitTemplateUser = 'calltracker'              # the User= and Group= written in the unit file
$LinuxUser = $ServiceUser
$UnitName = $ServiceName.ToLowerInvariant()
$UnitPath = Join-Path $UnitDir "$UnitName.service"
$UnitDropInDir = Join-Path $UnitDir "$UnitName.service.d"
# Windows: the failure actions the Service Control Manager takes (Set-ServiceRecovery).
. (Join-Path $PSScriptRoot 'deploy' 'ServiceRecovery.ps1')

# Set when this script stops a running service, so a failure can start it again.
$script:StoppedService = $false
$script:BackupDir = $null
$script:DotnetDir = $null

function Write-Step([string] $Message) {
    Write-Host "==> $Message" -ForegroundColor Cyan
}

# Runs a program and stops the script with a clear message if it fails.
function Invoke-Checked {
    param(
        [Parameter(Mandatory)] [string] $What,
        [Parameter(Mandatory)] [string] $FilePath,
        [string[]] $Arguments = @(),
        [string] $Hint = ''
    )
    & $FilePath @Arguments | Out-Host
    if ($LASTEXITCODE -ne 0) {
        $message = "$What failed ('$FilePath' exited with code $LASTEXITCODE)."
        if ($Hint) { $message += " $Hint" }
        throw $message
    }
}

function Assert-Administrator {
    if ($IsWindows) {
        $principal = [Security.Principal.WindowsPrincipal]::new([Security.Principal.WindowsIdentity]::GetCurrent())
        if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
            throw 'This script must run as Administrator: right-click PowerShell 7, choose "Run as administrator", and run it again.'
        }
    }
    elseif ((& id -u) -ne '0') {
        throw 'This script must run as root: sudo pwsh ./install.ps1'
    }
}

function Assert-Prerequisites {
    if (-not $IsWindows -and -not $IsLinux) {
        throw 'This installer supports Windows and Linux (systemd) only.'
    }
    if (-not (Test-Path -LiteralPath $ProjectPath -PathType Leaf)) {
        throw "Cannot find $ProjectPath. Run install.ps1 from the CallTracker source folder it came with."
    }
    if ($IsLinux) {
        if (-not (Get-Command systemctl -ErrorAction SilentlyContinue)) {
            throw 'systemctl was not found. On Linux CallTracker runs under systemd.'
        }
        if (-not (Test-Path -LiteralPath $UnitTemplate -PathType Leaf)) {
            throw "Cannot find $UnitTemplate. Run install.ps1 from the CallTracker source folder it came with."
        }
        if ($InstallDir -match '\s') {
            throw "InstallDir '$InstallDir' contains a space; on Linux choose a path without spaces (default /opt/calltracker)."
        }
    }

    $dotnet = Get-Command dotnet -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if (-not $dotnet) {
        throw ('The .NET 10 SDK is needed to build CallTracker, but "dotnet" was not found. ' +
            'Install it (Windows: winget install Microsoft.DotNet.SDK.10; Debian/Ubuntu: apt-get install dotnet-sdk-10.0), ' +
            'open a new terminal and run this script again. (With sudo, "dotnet" must be on root''s PATH too.)')
    }
    $sdks = @(& $dotnet.Source --list-sdks)
    if ($LASTEXITCODE -ne 0 -or -not ($sdks | Where-Object { $_ -match '^10\.' })) {
        $found = if ($sdks) { ($sdks | ForEach-Object { ($_ -split ' ')[0] }) -join ', ' } else { 'none' }
        throw "The .NET 10 SDK is needed to build CallTracker; installed SDKs: $found. Install the .NET 10 SDK and run this script again."
    }

    # The service starts CallTracker.Pbx, which looks for the .NET runtime
    # next to "dotnet". It must be somewhere the service account can read.
    $dotnetDir = if ($IsLinux) { Split-Path -Parent (& readlink -f $dotnet.Source) } else { Split-Path -Parent $dotnet.Source }
    if ($IsLinux -and $dotnetDir -match '^/(root|home)(/|$)') {
        throw ("The .NET runtime is in $dotnetDir, a home folder the service account cannot read. " +
            'Install .NET system-wide (e.g. apt-get install dotnet-sdk-10.0) and run this script again.')
    }
    if ($IsWindows -and -not $dotnetDir.StartsWith($env:ProgramFiles, [StringComparison]::OrdinalIgnoreCase)) {
        Write-Warning "dotnet is in $dotnetDir, not under $env:ProgramFiles. If the service fails to start with a '.NET not found' error, install .NET for all users."
    }
    $script:DotnetDir = $dotnetDir
}

# --- The admin's settings survive "dotnet publish", which would overwrite them ---
function Save-AdminSettings {
    $saved = @()
    $backupDir = Join-Path $InstallDir 'config-backup' (Get-Date -Format 'yyyyMMdd-HHmmss')
    foreach ($name in $PreservedFiles) {
        $path = Join-Path $InstallDir $name
        if (Test-Path -LiteralPath $path -PathType Leaf) {
            New-Item -ItemType Directory -Path $backupDir -Force | Out-Null
            Copy-Item -LiteralPath $path -Destination (Join-Path $backupDir $name) -Force
            $saved += $name
        }
    }
    if ($saved) {
        $script:BackupDir = $backupDir
        Write-Host "Saved your settings ($($saved -join ', ')) to $backupDir"
    }
}

function Restore-AdminSettings {
    if (-not $script:BackupDir) { return }
    foreach ($name in $PreservedFiles) {
        $kept = Join-Path $script:BackupDir $name
        if (-not (Test-Path -LiteralPath $kept -PathType Leaf)) { continue }
        $installed = Join-Path $InstallDir $name
        $newDefault = "$installed.new"
        if ((Test-Path -LiteralPath $installed -PathType Leaf) -and
            ((Get-FileHash -LiteralPath $installed).Hash -ne (Get-FileHash -LiteralPath $kept).Hash)) {
            Copy-Item -LiteralPath $installed -Destination $newDefault -Force
            Write-Host "Kept your $name. This version's default is in $name.new: compare them for new settings."
        }
        elseif (Test-Path -LiteralPath $newDefault) {
            Remove-Item -LiteralPath $newDefault -Force
        }
        Copy-Item -LiteralPath $kept -Destination $installed -Force
    }
}

function Publish-CallTracker {
    Save-AdminSettings
    Push-Location $PSScriptRoot   # so the repository's global.json picks the SDK
    try {
        Invoke-Checked -What 'Publishing CallTracker' -FilePath 'dotnet' `
            -Arguments @('publish', $ProjectPath, '-c', 'Release', '-o', $InstallDir, '--nologo')
    }
    finally {
        Pop-Location
        Restore-AdminSettings
    }
    $exe = Join-Path $InstallDir $ExeName
    if (-not (Test-Path -LiteralPath $exe -PathType Leaf)) {
        throw "Publishing finished but $exe is missing."
    }
    foreach ($dir in 'data', 'logs') {
        New-Item -ItemType Directory -Path (Join-Path $InstallDir $dir) -Force | Out-Null
    }
}

# ============================ Windows ============================

function Stop-WindowsServiceIfRunning {
    $service = Get-Service -Name $ServiceName -ErrorAction SilentlyContinue
    if (-not $service -or $service.Status -eq 'Stopped') { return }
    Write-Step "Stopping service $ServiceName"
    Stop-Service -Name $ServiceName -Force
    $script:StoppedService = $true
    # Wait for the program to exit so its files can be replaced.
    $deadline = (Get-Date).AddSeconds(30)
    while ((Get-Process -Name ([IO.Path]::GetFileNameWithoutExtension($ExeName)) -ErrorAction SilentlyContinue) -and (Get-Date) -lt $deadline) {
        Start-Sleep -Milliseconds 500
    }
}

function Install-WindowsService {
    $binaryPath = '"' + (Join-Path $InstallDir $ExeName) + '"'
    $description = 'CallTracker call tracking for the Asterisk PBX (ARI application "calltracker").'
    $existing = Get-CimInstance -ClassName Win32_Service -Filter "Name='$ServiceName'"
    if (-not $existing) {
        Write-Step "Creating service $ServiceName"
        # Runs as Local System. To use another account, change "Log On" in
        # the Services console; it needs write access to data\ and logs\.
        New-Service -Name $ServiceName -BinaryPathName $binaryPath -DisplayName $ServiceName `
            -Description $description -StartupType Automatic | Out-Null
    }
    else {
        Write-Step "Updating service $ServiceName"
        if ($existing.PathName -ne $binaryPath) {
            $result = Invoke-CimMethod -InputObject $existing -MethodName Change -Arguments @{ PathName = $binaryPath }
            if ($result.ReturnValue -ne 0) {
                throw "Could not point service $ServiceName at $binaryPath (Win32_Service.Change returned $($result.ReturnValue))."
            }
        }
        Set-Service -Name $ServiceName -StartupType Automatic -Description $description
    }

    # Restarted after 5 s and 30 s, then left stopped: a service that cannot
    # start (exit code 2, settings) must not be restarted for ever. Why not
    # sc.exe: see deploy/ServiceRecovery.ps1.
    try {
        Set-ServiceRecovery -ServiceName $ServiceName
    }
    catch {
        throw "Setting the restart-on-failure policy of service $ServiceName failed: $($_.Exception.Message)"
    }

    Write-Step "Starting service $ServiceName"
    try {
        Start-Service -Name $ServiceName
    }
    catch {
        throw "Service $ServiceName did not start: $($_.Exception.Message) See $(Join-Path $InstallDir 'logs') and Event Viewer > Windows Logs > Application."
    }
}

function Uninstall-WindowsService {
    if (-not (Get-Service -Name $ServiceName -ErrorAction SilentlyContinue)) {
        Write-Host "Service $ServiceName is not installed; nothing to remove."
        return
    }
    Write-Step "Stopping and removing service $ServiceName"
    Stop-Service -Name $ServiceName -Force
    Remove-Service -Name $ServiceName
}

# ============================ Linux ============================

function Initialize-LinuxAccount {
    & getent passwd $LinuxUser | Out-Null
    if ($LASTEXITCODE -ne 0) {
        Write-Step "Creating system account $LinuxUser"
        $shell = @('/usr/sbin/nologin', '/sbin/nologin', '/bin/false') |
            Where-Object { Test-Path -LiteralPath $_ } | Select-Object -First 1
        # Its own group, or the existing group of that name.
        & getent group $LinuxUser | Out-Null
        $group = if ($LASTEXITCODE -eq 0) { @('--gid', $LinuxUser) } else { @('--user-group') }
        Invoke-Checked -What "Creating the $LinuxUser account" -FilePath 'useradd' `
            -Arguments (@('--system') + $group + @('--home-dir', $InstallDir, '--no-create-home', '--shell', $shell, $LinuxUser))
    }
    # Asterisk's recordings are readable by the asterisk group: join it when
    # Asterisk runs on this machine.
    & getent group asterisk | Out-Null
    if ($LASTEXITCODE -eq 0) {
        Invoke-Checked -What "Adding $LinuxUser to the asterisk group" -FilePath 'usermod' `
            -Arguments @('--append', '--groups', 'asterisk', $LinuxUser)
    }
}

function Stop-LinuxServiceIfRunning {
    & systemctl is-active --quiet "$UnitName.service"
    if ($LASTEXITCODE -ne 0) { return }
    Write-Step "Stopping service $UnitName"
    Invoke-Checked -What "Stopping $UnitName" -FilePath 'systemctl' -Arguments @('stop', "$UnitName.service")
    $script:StoppedService = $true
}

function Set-LinuxPermissions {
    # Program files stay owned by root: the service can run them, not change them.
    # It writes only to data/ and logs/.
    foreach ($dir in 'data', 'logs') {
        $path = Join-Path $InstallDir $dir
        Invoke-Checked -What "Giving $LinuxUser its $dir folder" -FilePath 'chown' -Arguments @('-R', "${LinuxUser}:${LinuxUser}", $path)
        Invoke-Checked -What "Protecting $path" -FilePath 'chmod' -Arguments @('750', $path)
    }
    # Settings hold the ARI password: readable by root and the service only.
    foreach ($name in $PreservedFiles) {
        $path = Join-Path $InstallDir $name
        if (Test-Path -LiteralPath $path -PathType Leaf) {
            Invoke-Checked -What "Protecting $path" -FilePath 'chown' -Arguments @("root:$LinuxUser", $path)
            Invoke-Checked -What "Protecting $path" -FilePath 'chmod' -Arguments @('640', $path)
        }
    }
    $backupRoot = Join-Path $InstallDir 'config-backup'
    if (Test-Path -LiteralPath $backupRoot) {
        Invoke-Checked -What "Protecting $backupRoot" -FilePath 'chmod' -Arguments @('-R', 'go-rwx', $backupRoot)
    }
}

function Install-LinuxService {
    Write-Step "Installing $UnitPath"
    New-Item -ItemType Directory -Path $UnitDir -Force | Out-Null
    $unit = Get-Content -LiteralPath $UnitTemplate -Raw
    if ($InstallDir -ne $UnitTemplateDir) {
        $unit = $unit.Replace($UnitTemplateDir, $InstallDir)
    }
    if ($LinuxUser -ne $UnitTemplateUser) {
        $unit = $unit.Replace("User=$UnitTemplateUser", "User=$LinuxUser").Replace("Group=$UnitTemplateUser", "Group=$LinuxUser")
    }
    Set-Content -LiteralPath $UnitPath -Value $unit -NoNewline -Encoding utf8NoBOM

    # Tell CallTracker.Pbx where the .NET runtime is (kept apart from the
    # unit file so the unit stays as shipped).
    New-Item -ItemType Directory -Path $UnitDropInDir -Force | Out-Null
    $dropIn = "# Written by install.ps1: where the .NET runtime is installed.`n[Service]`nEnvironment=DOTNET_ROOT=$($script:DotnetDir)`n"
    Set-Content -LiteralPath (Join-Path $UnitDropInDir 'dotnet-root.conf') -Value $dropIn -NoNewline -Encoding utf8NoBOM

    Invoke-Checked -What 'systemctl daemon-reload' -FilePath 'systemctl' -Arguments @('daemon-reload')
    Write-Step "Enabling and starting $UnitName"
    Invoke-Checked -What "Starting $UnitName" -FilePath 'systemctl' -Arguments @('enable', '--now', "$UnitName.service") `
        -Hint "See why with: journalctl -u $UnitName -n 50 --no-pager"
}

function Uninstall-LinuxService {
    if (-not (Test-Path -LiteralPath $UnitPath)) {
        Write-Host "$UnitPath does not exist; nothing to remove."
        return
    }
    Write-Step "Stopping and removing service $UnitName"
    Invoke-Checked -What "Stopping $UnitName" -FilePath 'systemctl' -Arguments @('disable', '--now', "$UnitName.service")
    Remove-Item -LiteralPath $UnitPath -Force
    if (Test-Path -LiteralPath $UnitDropInDir) {
        Remove-Item -LiteralPath $UnitDropInDir -Recurse -Force
    }
    Invoke-Checked -What 'systemctl daemon-reload' -FilePath 'systemctl' -Arguments @('daemon-reload')
}

# Says what a run with the same parameters would do (-WhatIf), and touches nothing.
function Write-InstallPlan {
    $service = if ($IsWindows) { "Windows service $ServiceName" } else { "systemd unit $UnitPath (account $LinuxUser)" }
    if ($Uninstall) {
        Write-Host "What if: stop and remove $service; keep $InstallDir (program, settings, data, logs) as it is."
        return
    }
    $kept = @($PreservedFiles | Where-Object { Test-Path -LiteralPath (Join-Path $InstallDir $_) -PathType Leaf })
    $mode = if (Test-Path -LiteralPath (Join-Path $InstallDir $ExeName) -PathType Leaf) { 'upgrade' } else { 'install' }
    Write-Host "What if: $mode CallTracker: build $ProjectPath, stop $service if it runs, publish to $InstallDir."
    if ($kept) {
        Write-Host "What if: keep your $($kept -join ', ') (backed up to $(Join-Path $InstallDir 'config-backup') first)."
    }
    if ($IsLinux) {
        Write-Host "What if: create account $LinuxUser if missing; give it data/ and logs/ (750); settings root:$LinuxUser 640."
    }
    Write-Host "What if: install, enable and start $service."
    if ($IsWindows) {
        Write-Host "What if: $(Format-ServiceRecoveryPolicy (Get-ServiceRecoveryPolicy))."
    }
    else {
        Write-Host 'What if: on failure systemd restarts it after 5 s, except after exit code 2 (settings to fix).'
    }
}

# ============================ Main ============================

try {
    # Full path, relative to the current folder if given as a relative one.
    $InstallDir = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($InstallDir).TrimEnd('/', '\')
    if (-not $InstallDir -or $InstallDir -match '^[A-Za-z]:$') {
        throw "InstallDir must be a folder, not the root of a disk."
    }
    $logsDir = Join-Path $InstallDir 'logs'
    if ($WhatIfPreference) {
        Write-InstallPlan
        exit 0
    }

    Assert-Administrator

    if ($Uninstall) {
        if ($IsWindows) { Uninstall-WindowsService } else { Uninstall-LinuxService }
        Write-Host ''
        Write-Host "The service is removed. Kept in ${InstallDir}: program, settings, the call database (data) and logs (logs)."
        if ($IsLinux) {
            Write-Host "The $LinuxUser account is kept too (it owns data and logs)."
            Write-Host "To remove everything: rm -rf '$InstallDir' && userdel $LinuxUser"
        }
        else {
            Write-Host "To remove everything, delete $InstallDir."
        }
        exit 0
    }

    Assert-Prerequisites

    # Compile first, while any running copy keeps handling calls: a build
    # error then stops the script before the service is touched.
    Write-Step 'Building CallTracker'
    Push-Location $PSScriptRoot
    try {
        Invoke-Checked -What 'Building CallTracker' -FilePath 'dotnet' -Arguments @('build', $ProjectPath, '-c', 'Release', '--nologo')
    }
    finally {
        Pop-Location
    }

    if ($IsWindows) {
        Stop-WindowsServiceIfRunning
        Write-Step "Publishing to $InstallDir"
        Publish-CallTracker
        Install-WindowsService
    }
    else {
        Initialize-LinuxAccount
        Stop-LinuxServiceIfRunning
        Write-Step "Publishing to $InstallDir"
        Publish-CallTracker
        Set-LinuxPermissions
        Install-LinuxService
    }
    $script:StoppedService = $false

    $settings = Join-Path $InstallDir 'appsettings.json'
    Write-Host ''
    Write-Host "CallTracker is installed in $InstallDir and running as service $(if ($IsWindows) { $ServiceName } else { $UnitName })." -ForegroundColor Green
    Write-Host "Settings: $settings (Ari:Password must match the password in /etc/asterisk/ari.conf)"
    Write-Host "          and routing.json, menus.json, tracking.json beside it, which apply as soon as they are saved."
    Write-Host "          After editing appsettings.json or nlog.config, restart the service:"
    if ($IsWindows) {
        Write-Host "          Restart-Service $ServiceName"
        Write-Host "Logs:     $logsDir, and Event Viewer > Windows Logs > Application"
    }
    else {
        Write-Host "          systemctl restart $UnitName"
        Write-Host "Logs:     $logsDir, and journalctl -u $UnitName"
    }
    if ($script:BackupDir) {
        Write-Host "Backup of your previous settings: $($script:BackupDir)"
    }
}
catch {
    Write-Host ''
    Write-Host "ERROR: $($_.Exception.Message)" -ForegroundColor Red
    if ($script:StoppedService) {
        Write-Host 'The service was stopped for the update and is not running now. Until it is back, calls ring' -ForegroundColor Yellow
        Write-Host 'the fallback group from extensions.conf. Fix the problem and run this script again, or start' -ForegroundColor Yellow
        if ($IsWindows) {
            Write-Host "the installed version with: Start-Service $ServiceName" -ForegroundColor Yellow
        }
        else {
            Write-Host "the installed version with: systemctl start $UnitName" -ForegroundColor Yellow
        }
    }
    exit 1
}
