console.log("dashboard test asset")
