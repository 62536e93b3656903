@echo off
rem Tandem's command line.  tandem-cli.cmd COMMAND ARGUMENTS  (tandem-cli help lists them)
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
set "LAUNCHER="
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo tandem-cli: %HERE% is not a complete Tandem installation ^(no Equinox launcher in plugins^) 1>&2
  exit /b 1
)
rem Equinox's state: a folder of its own for each installation, named after the installation's path.
set "STATE=%HERE::=%"
set "STATE=%STATE:\=_%"
set "STATE=%STATE: =_%"
set "JIT=-XX:TieredStopAtLevel=1"
if "%~1"=="benchmark" set "JIT=-Xms2g -Xmn1g"
"%JAVA%" -Djava.awt.headless=true %JIT% -XX:+UseSerialGC -Xmx4g -Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider -Dslf4j.internal.verbosity=WARN "-Djava.util.logging.config.file=%HERE%cli-logging.properties" -jar "%LAUNCHER%" -application org.tandem.cli.app -nosplash -configuration "%USERPROFILE%\.tandem\cli-configuration\%STATE%" -data @none %*
exit /b %ERRORLEVEL%
