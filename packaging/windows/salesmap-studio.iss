; Inno Setup 6 script for SalesMap Studio on Windows.
;
; Build the one-folder app first (on Windows, in the checkout):
;   py -3.11 -m venv build\venv
;   build\venv\Scripts\pip install pyinstaller .
;   build\venv\Scripts\pyinstaller --noconfirm packaging\pyinstaller\salesmap-studio.spec
; then compile this script:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\salesmap-studio.iss
; The installer lands in dist\installer\.
;
; It installs per user by default (no admin rights needed; the user may choose
; "for all users"), adds a Start menu entry, and associates .smap files with
; the app (document icon, "Open" verb) so a map that came by mail opens on a
; double-click.

#define AppName "SalesMap Studio"
#define AppVersion "0.1.0"
#define AppPublisher "SalesMap Studio developers"
#define AppExe "salesmap-studio.exe"
#define ProgId "SalesMapStudio.Map"
#define SourceDir "..\..\dist\salesmap-studio"
#define IconDir "..\..\icons\app"

[Setup]
AppId={{6F1C2B8E-3D4A-4C59-9E7B-5A1D0C2E8F31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile={#IconDir}\salesmap-studio.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir=..\..\dist\installer
OutputBaseFilename=SalesMapStudio-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "Open .smap files with {#AppName}"; GroupDescription: "File types:"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#IconDir}\application-x-salesmap.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .smap -> ProgId, with a document icon and the Open verb. HKA is HKCU for a
; per-user install and HKLM for an all-users install.
Root: HKA; Subkey: "Software\Classes\.smap"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.smap"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-salesmap"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.smap\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "SalesMap sales process map"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\application-x-salesmap.ico"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".smap"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
