export const id = 201;
export const ids = [201];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AWS_MAX_ATTEMPTS: () => (/* binding */ AWS_MAX_ATTEMPTS),
/* harmony export */   dynamoDocumentClient: () => (/* binding */ dynamoDocumentClient),
/* harmony export */   glueClient: () => (/* binding */ glueClient),
/* harmony export */   s3Client: () => (/* binding */ s3Client),
/* harmony export */   sageMakerClient: () => (/* binding */ sageMakerClient),
/* harmony export */   secretsClient: () => (/* binding */ secretsClient),
/* harmony export */   serviceQuotasClient: () => (/* binding */ serviceQuotasClient),
/* harmony export */   stsClient: () => (/* binding */ stsClient)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4305);
/* harmony import */ var _aws_sdk_lib_dynamodb__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8907);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3711);
/* harmony import */ var _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4459);
/* harmony import */ var _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2994);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1695);
/* harmony import */ var _aws_sdk_client_glue__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6542);
/* harmony import */ var _aws_sdk_client_service_quotas__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2924);








/**
 * One place that builds AWS clients. The SDK itself reads AWS_ENDPOINT_URL (the moto server in
 * tests), finds credentials (environment, or the web-identity token file the OIDC module keeps
 * fresh) and retries throttling, 5xx and network errors with jittered exponential backoff
 * (standard mode); we only choose how many attempts.
 */
const AWS_MAX_ATTEMPTS = 6;
const common = (o) => ({
    region: o.region,
    maxAttempts: o.maxAttempts ?? AWS_MAX_ATTEMPTS,
    retryMode: 'standard',
});
const sageMakerClient = (region) => new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_1__/* .SageMakerClient */ .kHU(common({ region }));
function dynamoDocumentClient(o) {
    return _aws_sdk_lib_dynamodb__WEBPACK_IMPORTED_MODULE_0__/* .DynamoDBDocumentClient */ .TG.from(new _aws_sdk_client_dynamodb__WEBPACK_IMPORTED_MODULE_2__.DynamoDBClient(common(o)), {
        marshallOptions: { removeUndefinedValues: true },
    });
}
/** S3 stand-ins (AWS_ENDPOINT_URL) need path-style addressing; AWS itself gets virtual-hosted style */
const s3Client = (o) => new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .S3Client */ .YxF({ ...common(o), forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL) });
const secretsClient = (o) => new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_4__/* .SecretsManagerClient */ ._H(common(o));
const stsClient = (o) => new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_5__/* .STSClient */ .iM(common(o));
const glueClient = (o) => new _aws_sdk_client_glue__WEBPACK_IMPORTED_MODULE_6__/* .GlueClient */ .lPz(common(o));
const serviceQuotasClient = (o) => new _aws_sdk_client_service_quotas__WEBPACK_IMPORTED_MODULE_7__/* .ServiceQuotasClient */ .iVb(common(o));


/***/ })

};
