; Inno Setup 6.3+ script for SKOT Dossier.
;
; Packs the PyInstaller onedir build ("dist\SKOT Dossier", made by
; `pyinstaller build.spec`) into a per-user installer: installs into
; %LOCALAPPDATA%\Programs\SKOT Dossier, needs no administrator rights.
;
; Build (from the repository root):
;   iscc packaging\windows\skot-dossier.iss
;   iscc /DAppVersion=0.2.0 packaging\windows\skot-dossier.iss
; Output: dist\installer\SKOT-Dossier-<version>-setup.exe

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "SKOT Dossier"
#define AppExeName "SKOT Dossier.exe"
; Paths are relative to this file (packaging\windows).
#define RepoRoot "..\.."

[Setup]
; Keep AppId unchanged between versions: it identifies the installation for
; upgrades and uninstall.
AppId={{6C1F7E2A-4B8D-4F3A-9E51-2D7C0B9A3F64}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SKOT
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
; Per-user install, no UAC prompt.
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#RepoRoot}\dist\installer
OutputBaseFilename=SKOT-Dossier-{#AppVersion}-setup
SetupIconFile={#RepoRoot}\packaging\icons\skot-dossier.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#RepoRoot}\dist\{#AppName}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; {autoprograms} = the user's Start menu when installing without admin rights.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
