@echo off
rem Starts Tandem.  tandem.cmd [--workspace DIR] [-nl de^|zh^|en]
setlocal
set "HERE=%~dp0"
set "WORKSPACE=%USERPROFILE%\.tandem\workspace"
set "ARGS="
:args
if "%~1"=="" goto run
if "%~1"=="--workspace" (
  set "WORKSPACE=%~2"
  shift
  shift
  goto args
)
set ARGS=%ARGS% %1
shift
goto args
:run
set "JAVAW=javaw"
if defined JAVA_HOME set "JAVAW=%JAVA_HOME%\bin\javaw.exe"
set "LAUNCHER="
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo tandem: %HERE% is not a complete Tandem installation ^(no Equinox launcher in plugins^) 1>&2
  exit /b 1
)
if not exist "%WORKSPACE%" mkdir "%WORKSPACE%"
start "Tandem" "%JAVAW%" -Xms64m -Xmx2g -Dosgi.requiredJavaVersion=21 -jar "%LAUNCHER%" -name Tandem -data "%WORKSPACE%" -persistState false %ARGS%
