/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const observe = $root.observe = (() => {

    /**
     * Namespace observe.
     * @exports observe
     * @namespace
     */
    const observe = {};

    observe.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof observe
         * @namespace
         */
        const v1 = {};

        /**
         * ProtocolVersion enum.
         * @name observe.v1.ProtocolVersion
         * @enum {number}
         * @property {number} PROTOCOL_VERSION_UNSPECIFIED=0 PROTOCOL_VERSION_UNSPECIFIED value
         * @property {number} PROTOCOL_VERSION_CURRENT=1 PROTOCOL_VERSION_CURRENT value
         */
        v1.ProtocolVersion = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PROTOCOL_VERSION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PROTOCOL_VERSION_CURRENT"] = 1;
            return values;
        })();

        /**
         * DType enum.
         * @name observe.v1.DType
         * @enum {number}
         * @property {number} DTYPE_UNSPECIFIED=0 DTYPE_UNSPECIFIED value
         * @property {number} DTYPE_UINT8=1 DTYPE_UINT8 value
         * @property {number} DTYPE_INT32=2 DTYPE_INT32 value
         * @property {number} DTYPE_FLOAT32=3 DTYPE_FLOAT32 value
         */
        v1.DType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DTYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DTYPE_UINT8"] = 1;
            values[valuesById[2] = "DTYPE_INT32"] = 2;
            values[valuesById[3] = "DTYPE_FLOAT32"] = 3;
            return values;
        })();

        v1.Frame = (function() {

            /**
             * Properties of a Frame.
             * @typedef {Object} observe.v1.Frame.$Properties
             * @property {string|null} [name] Frame name
             * @property {observe.v1.DType|null} [dtype] Frame dtype
             * @property {Array.<number>|null} [shape] Frame shape
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Frame.
             * @memberof observe.v1
             * @interface IFrame
             * @augments observe.v1.Frame.$Properties
             * @deprecated Use observe.v1.Frame.$Properties instead.
             */

            /**
             * Shape of a Frame.
             * @typedef {observe.v1.Frame.$Properties} observe.v1.Frame.$Shape
             */

            /**
             * Constructs a new Frame.
             * @memberof observe.v1
             * @classdesc Represents a Frame.
             * @constructor
             * @param {observe.v1.Frame.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Frame = function (p) {
                this.shape = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Frame name.
             * @member {string} name
             * @memberof observe.v1.Frame
             * @instance
             */
            Frame.prototype.name = "";

            /**
             * Frame dtype.
             * @member {observe.v1.DType} dtype
             * @memberof observe.v1.Frame
             * @instance
             */
            Frame.prototype.dtype = 0;

            /**
             * Frame shape.
             * @member {Array.<number>} shape
             * @memberof observe.v1.Frame
             * @instance
             */
            Frame.prototype.shape = $util.emptyArray;

            /**
             * Creates a new Frame instance using the specified properties.
             * @function create
             * @memberof observe.v1.Frame
             * @static
             * @param {observe.v1.Frame.$Properties=} [properties] Properties to set
             * @returns {observe.v1.Frame} Frame instance
             * @type {{
             *   (properties: observe.v1.Frame.$Shape): observe.v1.Frame & observe.v1.Frame.$Shape;
             *   (properties?: observe.v1.Frame.$Properties): observe.v1.Frame;
             * }}
             */
            Frame.create = function(properties) {
                return new Frame(properties);
            };

            /**
             * Encodes the specified Frame message. Does not implicitly {@link observe.v1.Frame.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.Frame
             * @static
             * @param {observe.v1.Frame.$Properties} m Frame message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Frame.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.dtype != null && $Object.hasOwnProperty.call(m, "dtype") && m.dtype !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.dtype);
                if (m.shape != null && m.shape.length) {
                    w.uint32(/* id 3, wireType 2 =*/26).uint32s(m.shape);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Frame message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.Frame
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.Frame & observe.v1.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Frame.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.Frame();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.dtype = v;
                            else
                                delete m.dtype;
                            continue;
                        }
                    case 3: {
                            if (u === 2) {
                                if (!(m.shape && m.shape.length))
                                    m.shape = [];
                                r.uint32s(m.shape);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.shape && m.shape.length))
                                m.shape = [];
                            m.shape.push(r.uint32());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Frame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.Frame
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.Frame} Frame
             */
            Frame.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.Frame)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.Frame: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.Frame();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.dtype !== 0 && (typeof d.dtype !== "string" || $root.observe.v1.DType[d.dtype] !== 0)) {
                    switch (d.dtype) {
                    case "DTYPE_UNSPECIFIED":
                    case 0:
                        m.dtype = 0;
                        break;
                    case "DTYPE_UINT8":
                    case 1:
                        m.dtype = 1;
                        break;
                    case "DTYPE_INT32":
                    case 2:
                        m.dtype = 2;
                        break;
                    case "DTYPE_FLOAT32":
                    case 3:
                        m.dtype = 3;
                        break;
                    default:
                        if (typeof d.dtype === "number" && (d.dtype | 0) === d.dtype)
                            m.dtype = d.dtype;
                    }
                }
                if (d.shape) {
                    if (!$Array.isArray(d.shape))
                        throw $TypeError(".observe.v1.Frame.shape: array expected");
                    m.shape = $Array(d.shape.length);
                    for (var i = 0; i < d.shape.length; ++i) {
                        m.shape[i] = d.shape[i] >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Frame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.Frame
             * @static
             * @param {observe.v1.Frame} m Frame
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Frame.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.shape = [];
                }
                if (o.defaults) {
                    d.name = "";
                    d.dtype = o.enums === $String ? "DTYPE_UNSPECIFIED" : 0;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.dtype != null && $Object.hasOwnProperty.call(m, "dtype")) {
                    d.dtype = o.enums === $String ? $root.observe.v1.DType[m.dtype] === $undefined ? m.dtype : $root.observe.v1.DType[m.dtype] : m.dtype;
                }
                if (m.shape && m.shape.length) {
                    d.shape = $Array(m.shape.length);
                    for (var j = 0; j < m.shape.length; ++j) {
                        d.shape[j] = m.shape[j];
                    }
                }
                return d;
            };

            /**
             * Converts this Frame to JSON.
             * @function toJSON
             * @memberof observe.v1.Frame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Frame.prototype.toJSON = function() {
                return Frame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Frame
             * @function getTypeUrl
             * @memberof observe.v1.Frame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Frame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.Frame";
            };

            return Frame;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} observe.v1.Error.$Properties
             * @property {string|null} [type] Error type
             * @property {string|null} [message] Error message
             * @property {string|null} [traceback] Error traceback
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof observe.v1
             * @interface IError
             * @augments observe.v1.Error.$Properties
             * @deprecated Use observe.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {observe.v1.Error.$Properties} observe.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof observe.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {observe.v1.Error.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Error type.
             * @member {string} type
             * @memberof observe.v1.Error
             * @instance
             */
            Error.prototype.type = "";

            /**
             * Error message.
             * @member {string} message
             * @memberof observe.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error traceback.
             * @member {string} traceback
             * @memberof observe.v1.Error
             * @instance
             */
            Error.prototype.traceback = "";

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof observe.v1.Error
             * @static
             * @param {observe.v1.Error.$Properties=} [properties] Properties to set
             * @returns {observe.v1.Error} Error instance
             * @type {{
             *   (properties: observe.v1.Error.$Shape): observe.v1.Error & observe.v1.Error.$Shape;
             *   (properties?: observe.v1.Error.$Properties): observe.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link observe.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.Error
             * @static
             * @param {observe.v1.Error.$Properties} m Error message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.type);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
                if (m.traceback != null && $Object.hasOwnProperty.call(m, "traceback") && m.traceback !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.traceback);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.Error & observe.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.Error();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.traceback = v;
                            else
                                delete m.traceback;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.Error
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.Error} Error
             */
            Error.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.Error)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.Error: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.Error();
                if (d.type != null) {
                    if (typeof d.type !== "string" || d.type.length) {
                        m.type = $String(d.type);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                if (d.traceback != null) {
                    if (typeof d.traceback !== "string" || d.traceback.length) {
                        m.traceback = $String(d.traceback);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.Error
             * @static
             * @param {observe.v1.Error} m Error
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type = "";
                    d.message = "";
                    d.traceback = "";
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = m.type;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                if (m.traceback != null && $Object.hasOwnProperty.call(m, "traceback")) {
                    d.traceback = m.traceback;
                }
                return d;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof observe.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof observe.v1.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.Error";
            };

            return Error;
        })();

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} observe.v1.Envelope.$Properties
             * @property {number|null} [requestId] Envelope requestId
             * @property {boolean|null} [isReply] Envelope isReply
             * @property {observe.v1.Error.$Properties|null} [error] Envelope error
             * @property {Array.<observe.v1.Frame.$Properties>|null} [frames] Envelope frames
             * @property {number|null} [handlerSeconds] Envelope handlerSeconds
             * @property {observe.v1.Hello.$Properties|null} [hello] Envelope hello
             * @property {observe.v1.HelloAck.$Properties|null} [helloAck] Envelope helloAck
             * @property {observe.v1.Heartbeat.$Properties|null} [heartbeat] Envelope heartbeat
             * @property {observe.v1.LoadModelRequest.$Properties|null} [loadModel] Envelope loadModel
             * @property {observe.v1.LoadModelReply.$Properties|null} [loadModelReply] Envelope loadModelReply
             * @property {observe.v1.GenerateRequest.$Properties|null} [generate] Envelope generate
             * @property {observe.v1.GenerateReply.$Properties|null} [generateReply] Envelope generateReply
             * @property {observe.v1.LogProbsRequest.$Properties|null} [logProbs] Envelope logProbs
             * @property {observe.v1.LogProbsReply.$Properties|null} [logProbsReply] Envelope logProbsReply
             * @property {observe.v1.TrainStepRequest.$Properties|null} [trainStep] Envelope trainStep
             * @property {observe.v1.TrainStepReply.$Properties|null} [trainStepReply] Envelope trainStepReply
             * @property {observe.v1.SaveCheckpointRequest.$Properties|null} [saveCheckpoint] Envelope saveCheckpoint
             * @property {observe.v1.SaveCheckpointReply.$Properties|null} [saveCheckpointReply] Envelope saveCheckpointReply
             * @property {observe.v1.LoadCheckpointRequest.$Properties|null} [loadCheckpoint] Envelope loadCheckpoint
             * @property {observe.v1.LoadCheckpointReply.$Properties|null} [loadCheckpointReply] Envelope loadCheckpointReply
             * @property {observe.v1.HealthRequest.$Properties|null} [health] Envelope health
             * @property {observe.v1.HealthReply.$Properties|null} [healthReply] Envelope healthReply
             * @property {observe.v1.ShutdownRequest.$Properties|null} [shutdown] Envelope shutdown
             * @property {observe.v1.ShutdownReply.$Properties|null} [shutdownReply] Envelope shutdownReply
             * @property {observe.v1.EchoRequest.$Properties|null} [echo] Envelope echo
             * @property {observe.v1.EchoReply.$Properties|null} [echoReply] Envelope echoReply
             * @property {observe.v1.SftStepRequest.$Properties|null} [sftStep] Envelope sftStep
             * @property {observe.v1.SftStepReply.$Properties|null} [sftStepReply] Envelope sftStepReply
             * @property {observe.v1.TokenizeRequest.$Properties|null} [tokenize] Envelope tokenize
             * @property {observe.v1.TokenizeReply.$Properties|null} [tokenizeReply] Envelope tokenizeReply
             * @property {observe.v1.EncodePromptsRequest.$Properties|null} [encodePrompts] Envelope encodePrompts
             * @property {observe.v1.EncodePromptsReply.$Properties|null} [encodePromptsReply] Envelope encodePromptsReply
             * @property {observe.v1.CheckImagesRequest.$Properties|null} [checkImages] Envelope checkImages
             * @property {observe.v1.CheckImagesReply.$Properties|null} [checkImagesReply] Envelope checkImagesReply
             * @property {"hello"|"helloAck"|"heartbeat"|"loadModel"|"loadModelReply"|"generate"|"generateReply"|"logProbs"|"logProbsReply"|"trainStep"|"trainStepReply"|"saveCheckpoint"|"saveCheckpointReply"|"loadCheckpoint"|"loadCheckpointReply"|"health"|"healthReply"|"shutdown"|"shutdownReply"|"echo"|"echoReply"|"sftStep"|"sftStepReply"|"tokenize"|"tokenizeReply"|"encodePrompts"|"encodePromptsReply"|"checkImages"|"checkImagesReply"} [body] Envelope body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof observe.v1
             * @interface IEnvelope
             * @augments observe.v1.Envelope.$Properties
             * @deprecated Use observe.v1.Envelope.$Properties instead.
             */

            /**
             * Narrowed shape of an Envelope.
             * @typedef {{
             *   requestId?: number|null;
             *   isReply?: boolean|null;
             *   error?: observe.v1.Error.$Shape|null;
             *   frames?: Array.<observe.v1.Frame.$Shape>|null;
             *   handlerSeconds?: number|null;
             *   hello?: observe.v1.Hello.$Shape|null;
             *   helloAck?: observe.v1.HelloAck.$Shape|null;
             *   heartbeat?: observe.v1.Heartbeat.$Shape|null;
             *   loadModel?: observe.v1.LoadModelRequest.$Shape|null;
             *   loadModelReply?: observe.v1.LoadModelReply.$Shape|null;
             *   generate?: observe.v1.GenerateRequest.$Shape|null;
             *   generateReply?: observe.v1.GenerateReply.$Shape|null;
             *   logProbs?: observe.v1.LogProbsRequest.$Shape|null;
             *   logProbsReply?: observe.v1.LogProbsReply.$Shape|null;
             *   trainStep?: observe.v1.TrainStepRequest.$Shape|null;
             *   trainStepReply?: observe.v1.TrainStepReply.$Shape|null;
             *   saveCheckpoint?: observe.v1.SaveCheckpointRequest.$Shape|null;
             *   saveCheckpointReply?: observe.v1.SaveCheckpointReply.$Shape|null;
             *   loadCheckpoint?: observe.v1.LoadCheckpointRequest.$Shape|null;
             *   loadCheckpointReply?: observe.v1.LoadCheckpointReply.$Shape|null;
             *   health?: observe.v1.HealthRequest.$Shape|null;
             *   healthReply?: observe.v1.HealthReply.$Shape|null;
             *   shutdown?: observe.v1.ShutdownRequest.$Shape|null;
             *   shutdownReply?: observe.v1.ShutdownReply.$Shape|null;
             *   echo?: observe.v1.EchoRequest.$Shape|null;
             *   echoReply?: observe.v1.EchoReply.$Shape|null;
             *   sftStep?: observe.v1.SftStepRequest.$Shape|null;
             *   sftStepReply?: observe.v1.SftStepReply.$Shape|null;
             *   tokenize?: observe.v1.TokenizeRequest.$Shape|null;
             *   tokenizeReply?: observe.v1.TokenizeReply.$Shape|null;
             *   encodePrompts?: observe.v1.EncodePromptsRequest.$Shape|null;
             *   encodePromptsReply?: observe.v1.EncodePromptsReply.$Shape|null;
             *   checkImages?: observe.v1.CheckImagesRequest.$Shape|null;
             *   checkImagesReply?: observe.v1.CheckImagesReply.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "hello"; hello: observe.v1.Hello.$Shape; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "helloAck"; hello?: null; helloAck: observe.v1.HelloAck.$Shape; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "heartbeat"; hello?: null; helloAck?: null; heartbeat: observe.v1.Heartbeat.$Shape; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "loadModel"; hello?: null; helloAck?: null; heartbeat?: null; loadModel: observe.v1.LoadModelRequest.$Shape; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "loadModelReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply: observe.v1.LoadModelReply.$Shape; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "generate"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate: observe.v1.GenerateRequest.$Shape; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "generateReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply: observe.v1.GenerateReply.$Shape; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "logProbs"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs: observe.v1.LogProbsRequest.$Shape; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "logProbsReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply: observe.v1.LogProbsReply.$Shape; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "trainStep"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep: observe.v1.TrainStepRequest.$Shape; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "trainStepReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply: observe.v1.TrainStepReply.$Shape; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "saveCheckpoint"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint: observe.v1.SaveCheckpointRequest.$Shape; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "saveCheckpointReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply: observe.v1.SaveCheckpointReply.$Shape; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "loadCheckpoint"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint: observe.v1.LoadCheckpointRequest.$Shape; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "loadCheckpointReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply: observe.v1.LoadCheckpointReply.$Shape; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "health"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health: observe.v1.HealthRequest.$Shape; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "healthReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply: observe.v1.HealthReply.$Shape; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "shutdown"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown: observe.v1.ShutdownRequest.$Shape; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "shutdownReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply: observe.v1.ShutdownReply.$Shape; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "echo"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo: observe.v1.EchoRequest.$Shape; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "echoReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply: observe.v1.EchoReply.$Shape; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "sftStep"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep: observe.v1.SftStepRequest.$Shape; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "sftStepReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply: observe.v1.SftStepReply.$Shape; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "tokenize"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize: observe.v1.TokenizeRequest.$Shape; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "tokenizeReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply: observe.v1.TokenizeReply.$Shape; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "encodePrompts"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts: observe.v1.EncodePromptsRequest.$Shape; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "encodePromptsReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply: observe.v1.EncodePromptsReply.$Shape; checkImages?: null; checkImagesReply?: null }|{ body?: "checkImages"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages: observe.v1.CheckImagesRequest.$Shape; checkImagesReply?: null }|{ body?: "checkImagesReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply: observe.v1.CheckImagesReply.$Shape })
             * )} observe.v1.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof observe.v1
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {observe.v1.Envelope.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (p) {
                this.frames = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Envelope requestId.
             * @member {number} requestId
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.requestId = 0;

            /**
             * Envelope isReply.
             * @member {boolean} isReply
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.isReply = false;

            /**
             * Envelope error.
             * @member {observe.v1.Error.$Properties|null|undefined} error
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.error = null;

            /**
             * Envelope frames.
             * @member {Array.<observe.v1.Frame.$Properties>} frames
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.frames = $util.emptyArray;

            /**
             * Envelope handlerSeconds.
             * @member {number} handlerSeconds
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.handlerSeconds = 0;

            /**
             * Envelope hello.
             * @member {observe.v1.Hello.$Properties|null|undefined} hello
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.hello = null;

            /**
             * Envelope helloAck.
             * @member {observe.v1.HelloAck.$Properties|null|undefined} helloAck
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.helloAck = null;

            /**
             * Envelope heartbeat.
             * @member {observe.v1.Heartbeat.$Properties|null|undefined} heartbeat
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.heartbeat = null;

            /**
             * Envelope loadModel.
             * @member {observe.v1.LoadModelRequest.$Properties|null|undefined} loadModel
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.loadModel = null;

            /**
             * Envelope loadModelReply.
             * @member {observe.v1.LoadModelReply.$Properties|null|undefined} loadModelReply
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.loadModelReply = null;

            /**
             * Envelope generate.
             * @member {observe.v1.GenerateRequest.$Properties|null|undefined} generate
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.generate = null;

            /**
             * Envelope generateReply.
             * @member {observe.v1.GenerateReply.$Properties|null|undefined} generateReply
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.generateReply = null;

            /**
             * Envelope logProbs.
             * @member {observe.v1.LogProbsRequest.$Properties|null|undefined} logProbs
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.logProbs = null;

            /**
             * Envelope logProbsReply.
             * @member {observe.v1.LogProbsReply.$Properties|null|undefined} logProbsReply
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.logProbsReply = null;

            /**
             * Envelope trainStep.
             * @member {observe.v1.TrainStepRequest.$Properties|null|undefined} trainStep
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.trainStep = null;

            /**
             * Envelope trainStepReply.
             * @member {observe.v1.TrainStepReply.$Properties|null|undefined} trainStepReply
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.trainStepReply = null;

            /**
             * Envelope saveCheckpoint.
             * @member {observe.v1.SaveCheckpointRequest.$Properties|null|undefined} saveCheckpoint
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.saveCheckpoint = null;

            /**
             * Envelope saveCheckpointReply.
             * @member {observe.v1.SaveCheckpointReply.$Properties|null|undefined} saveCheckpointReply
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.saveCheckpointReply = null;

            /**
             * Envelope loadCheckpoint.
             * @member {observe.v1.LoadCheckpointRequest.$Properties|null|undefined} loadCheckpoint
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.loadCheckpoint = null;

            /**
             * Envelope loadCheckpointReply.
             * @member {observe.v1.LoadCheckpointReply.$Properties|null|undefined} loadCheckpointReply
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.loadCheckpointReply = null;

            /**
             * Envelope health.
             * @member {observe.v1.HealthRequest.$Properties|null|undefined} health
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.health = null;

            /**
             * Envelope healthReply.
             * @member {observe.v1.HealthReply.$Properties|null|undefined} healthReply
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.healthReply = null;

            /**
             * Envelope shutdown.
             * @member {observe.v1.ShutdownRequest.$Properties|null|undefined} shutdown
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.shutdown = null;

            /**
             * Envelope shutdownReply.
             * @member {observe.v1.ShutdownReply.$Properties|null|undefined} shutdownReply
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.shutdownReply = null;

            /**
             * Envelope echo.
             * @member {observe.v1.EchoRequest.$Properties|null|undefined} echo
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.echo = null;

            /**
             * Envelope echoReply.
             * @member {observe.v1.EchoReply.$Properties|null|undefined} echoReply
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.echoReply = null;

            /**
             * Envelope sftStep.
             * @member {observe.v1.SftStepRequest.$Properties|null|undefined} sftStep
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.sftStep = null;

            /**
             * Envelope sftStepReply.
             * @member {observe.v1.SftStepReply.$Properties|null|undefined} sftStepReply
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.sftStepReply = null;

            /**
             * Envelope tokenize.
             * @member {observe.v1.TokenizeRequest.$Properties|null|undefined} tokenize
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.tokenize = null;

            /**
             * Envelope tokenizeReply.
             * @member {observe.v1.TokenizeReply.$Properties|null|undefined} tokenizeReply
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.tokenizeReply = null;

            /**
             * Envelope encodePrompts.
             * @member {observe.v1.EncodePromptsRequest.$Properties|null|undefined} encodePrompts
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.encodePrompts = null;

            /**
             * Envelope encodePromptsReply.
             * @member {observe.v1.EncodePromptsReply.$Properties|null|undefined} encodePromptsReply
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.encodePromptsReply = null;

            /**
             * Envelope checkImages.
             * @member {observe.v1.CheckImagesRequest.$Properties|null|undefined} checkImages
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.checkImages = null;

            /**
             * Envelope checkImagesReply.
             * @member {observe.v1.CheckImagesReply.$Properties|null|undefined} checkImagesReply
             * @memberof observe.v1.Envelope
             * @instance
             */
            Envelope.prototype.checkImagesReply = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Envelope body.
             * @member {"hello"|"helloAck"|"heartbeat"|"loadModel"|"loadModelReply"|"generate"|"generateReply"|"logProbs"|"logProbsReply"|"trainStep"|"trainStepReply"|"saveCheckpoint"|"saveCheckpointReply"|"loadCheckpoint"|"loadCheckpointReply"|"health"|"healthReply"|"shutdown"|"shutdownReply"|"echo"|"echoReply"|"sftStep"|"sftStepReply"|"tokenize"|"tokenizeReply"|"encodePrompts"|"encodePromptsReply"|"checkImages"|"checkImagesReply"|undefined} body
             * @memberof observe.v1.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "helloAck", "heartbeat", "loadModel", "loadModelReply", "generate", "generateReply", "logProbs", "logProbsReply", "trainStep", "trainStepReply", "saveCheckpoint", "saveCheckpointReply", "loadCheckpoint", "loadCheckpointReply", "health", "healthReply", "shutdown", "shutdownReply", "echo", "echoReply", "sftStep", "sftStepReply", "tokenize", "tokenizeReply", "encodePrompts", "encodePromptsReply", "checkImages", "checkImagesReply"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof observe.v1.Envelope
             * @static
             * @param {observe.v1.Envelope.$Properties=} [properties] Properties to set
             * @returns {observe.v1.Envelope} Envelope instance
             * @type {{
             *   (properties: observe.v1.Envelope.$Shape): observe.v1.Envelope & observe.v1.Envelope.$Shape;
             *   (properties?: observe.v1.Envelope.$Properties): observe.v1.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link observe.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.Envelope
             * @static
             * @param {observe.v1.Envelope.$Properties} m Envelope message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.requestId);
                if (m.isReply != null && $Object.hasOwnProperty.call(m, "isReply") && m.isReply !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.isReply);
                if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                    $root.observe.v1.Error.encode(m.error, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.frames != null && m.frames.length) {
                    for (var i = 0; i < m.frames.length; ++i)
                        $root.observe.v1.Frame.encode(m.frames[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.handlerSeconds != null && $Object.hasOwnProperty.call(m, "handlerSeconds") && !$Object.is(m.handlerSeconds, 0))
                    w.uint32(/* id 5, wireType 1 =*/41).double(m.handlerSeconds);
                if (m.hello != null && $Object.hasOwnProperty.call(m, "hello"))
                    $root.observe.v1.Hello.encode(m.hello, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.helloAck != null && $Object.hasOwnProperty.call(m, "helloAck"))
                    $root.observe.v1.HelloAck.encode(m.helloAck, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.heartbeat != null && $Object.hasOwnProperty.call(m, "heartbeat"))
                    $root.observe.v1.Heartbeat.encode(m.heartbeat, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.loadModel != null && $Object.hasOwnProperty.call(m, "loadModel"))
                    $root.observe.v1.LoadModelRequest.encode(m.loadModel, w.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                if (m.loadModelReply != null && $Object.hasOwnProperty.call(m, "loadModelReply"))
                    $root.observe.v1.LoadModelReply.encode(m.loadModelReply, w.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                if (m.generate != null && $Object.hasOwnProperty.call(m, "generate"))
                    $root.observe.v1.GenerateRequest.encode(m.generate, w.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                if (m.generateReply != null && $Object.hasOwnProperty.call(m, "generateReply"))
                    $root.observe.v1.GenerateReply.encode(m.generateReply, w.uint32(/* id 23, wireType 2 =*/186).fork(), q + 1).ldelim();
                if (m.logProbs != null && $Object.hasOwnProperty.call(m, "logProbs"))
                    $root.observe.v1.LogProbsRequest.encode(m.logProbs, w.uint32(/* id 24, wireType 2 =*/194).fork(), q + 1).ldelim();
                if (m.logProbsReply != null && $Object.hasOwnProperty.call(m, "logProbsReply"))
                    $root.observe.v1.LogProbsReply.encode(m.logProbsReply, w.uint32(/* id 25, wireType 2 =*/202).fork(), q + 1).ldelim();
                if (m.trainStep != null && $Object.hasOwnProperty.call(m, "trainStep"))
                    $root.observe.v1.TrainStepRequest.encode(m.trainStep, w.uint32(/* id 26, wireType 2 =*/210).fork(), q + 1).ldelim();
                if (m.trainStepReply != null && $Object.hasOwnProperty.call(m, "trainStepReply"))
                    $root.observe.v1.TrainStepReply.encode(m.trainStepReply, w.uint32(/* id 27, wireType 2 =*/218).fork(), q + 1).ldelim();
                if (m.saveCheckpoint != null && $Object.hasOwnProperty.call(m, "saveCheckpoint"))
                    $root.observe.v1.SaveCheckpointRequest.encode(m.saveCheckpoint, w.uint32(/* id 28, wireType 2 =*/226).fork(), q + 1).ldelim();
                if (m.saveCheckpointReply != null && $Object.hasOwnProperty.call(m, "saveCheckpointReply"))
                    $root.observe.v1.SaveCheckpointReply.encode(m.saveCheckpointReply, w.uint32(/* id 29, wireType 2 =*/234).fork(), q + 1).ldelim();
                if (m.loadCheckpoint != null && $Object.hasOwnProperty.call(m, "loadCheckpoint"))
                    $root.observe.v1.LoadCheckpointRequest.encode(m.loadCheckpoint, w.uint32(/* id 30, wireType 2 =*/242).fork(), q + 1).ldelim();
                if (m.loadCheckpointReply != null && $Object.hasOwnProperty.call(m, "loadCheckpointReply"))
                    $root.observe.v1.LoadCheckpointReply.encode(m.loadCheckpointReply, w.uint32(/* id 31, wireType 2 =*/250).fork(), q + 1).ldelim();
                if (m.health != null && $Object.hasOwnProperty.call(m, "health"))
                    $root.observe.v1.HealthRequest.encode(m.health, w.uint32(/* id 32, wireType 2 =*/258).fork(), q + 1).ldelim();
                if (m.healthReply != null && $Object.hasOwnProperty.call(m, "healthReply"))
                    $root.observe.v1.HealthReply.encode(m.healthReply, w.uint32(/* id 33, wireType 2 =*/266).fork(), q + 1).ldelim();
                if (m.shutdown != null && $Object.hasOwnProperty.call(m, "shutdown"))
                    $root.observe.v1.ShutdownRequest.encode(m.shutdown, w.uint32(/* id 34, wireType 2 =*/274).fork(), q + 1).ldelim();
                if (m.shutdownReply != null && $Object.hasOwnProperty.call(m, "shutdownReply"))
                    $root.observe.v1.ShutdownReply.encode(m.shutdownReply, w.uint32(/* id 35, wireType 2 =*/282).fork(), q + 1).ldelim();
                if (m.echo != null && $Object.hasOwnProperty.call(m, "echo"))
                    $root.observe.v1.EchoRequest.encode(m.echo, w.uint32(/* id 36, wireType 2 =*/290).fork(), q + 1).ldelim();
                if (m.echoReply != null && $Object.hasOwnProperty.call(m, "echoReply"))
                    $root.observe.v1.EchoReply.encode(m.echoReply, w.uint32(/* id 37, wireType 2 =*/298).fork(), q + 1).ldelim();
                if (m.sftStep != null && $Object.hasOwnProperty.call(m, "sftStep"))
                    $root.observe.v1.SftStepRequest.encode(m.sftStep, w.uint32(/* id 38, wireType 2 =*/306).fork(), q + 1).ldelim();
                if (m.sftStepReply != null && $Object.hasOwnProperty.call(m, "sftStepReply"))
                    $root.observe.v1.SftStepReply.encode(m.sftStepReply, w.uint32(/* id 39, wireType 2 =*/314).fork(), q + 1).ldelim();
                if (m.tokenize != null && $Object.hasOwnProperty.call(m, "tokenize"))
                    $root.observe.v1.TokenizeRequest.encode(m.tokenize, w.uint32(/* id 40, wireType 2 =*/322).fork(), q + 1).ldelim();
                if (m.tokenizeReply != null && $Object.hasOwnProperty.call(m, "tokenizeReply"))
                    $root.observe.v1.TokenizeReply.encode(m.tokenizeReply, w.uint32(/* id 41, wireType 2 =*/330).fork(), q + 1).ldelim();
                if (m.encodePrompts != null && $Object.hasOwnProperty.call(m, "encodePrompts"))
                    $root.observe.v1.EncodePromptsRequest.encode(m.encodePrompts, w.uint32(/* id 42, wireType 2 =*/338).fork(), q + 1).ldelim();
                if (m.encodePromptsReply != null && $Object.hasOwnProperty.call(m, "encodePromptsReply"))
                    $root.observe.v1.EncodePromptsReply.encode(m.encodePromptsReply, w.uint32(/* id 43, wireType 2 =*/346).fork(), q + 1).ldelim();
                if (m.checkImages != null && $Object.hasOwnProperty.call(m, "checkImages"))
                    $root.observe.v1.CheckImagesRequest.encode(m.checkImages, w.uint32(/* id 44, wireType 2 =*/354).fork(), q + 1).ldelim();
                if (m.checkImagesReply != null && $Object.hasOwnProperty.call(m, "checkImagesReply"))
                    $root.observe.v1.CheckImagesReply.encode(m.checkImagesReply, w.uint32(/* id 45, wireType 2 =*/362).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.Envelope & observe.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.Envelope();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.isReply = v;
                            else
                                delete m.isReply;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.error = $root.observe.v1.Error.decode(r, r.size(), $undefined, q + 1, m.error);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.frames && m.frames.length))
                                m.frames = [];
                            m.frames.push($root.observe.v1.Frame.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 5: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.handlerSeconds = v;
                            else
                                delete m.handlerSeconds;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.hello = $root.observe.v1.Hello.decode(r, r.size(), $undefined, q + 1, m.hello);
                            m.body = "hello";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.helloAck = $root.observe.v1.HelloAck.decode(r, r.size(), $undefined, q + 1, m.helloAck);
                            m.body = "helloAck";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.heartbeat = $root.observe.v1.Heartbeat.decode(r, r.size(), $undefined, q + 1, m.heartbeat);
                            m.body = "heartbeat";
                            continue;
                        }
                    case 20: {
                            if (u !== 2)
                                break;
                            m.loadModel = $root.observe.v1.LoadModelRequest.decode(r, r.size(), $undefined, q + 1, m.loadModel);
                            m.body = "loadModel";
                            continue;
                        }
                    case 21: {
                            if (u !== 2)
                                break;
                            m.loadModelReply = $root.observe.v1.LoadModelReply.decode(r, r.size(), $undefined, q + 1, m.loadModelReply);
                            m.body = "loadModelReply";
                            continue;
                        }
                    case 22: {
                            if (u !== 2)
                                break;
                            m.generate = $root.observe.v1.GenerateRequest.decode(r, r.size(), $undefined, q + 1, m.generate);
                            m.body = "generate";
                            continue;
                        }
                    case 23: {
                            if (u !== 2)
                                break;
                            m.generateReply = $root.observe.v1.GenerateReply.decode(r, r.size(), $undefined, q + 1, m.generateReply);
                            m.body = "generateReply";
                            continue;
                        }
                    case 24: {
                            if (u !== 2)
                                break;
                            m.logProbs = $root.observe.v1.LogProbsRequest.decode(r, r.size(), $undefined, q + 1, m.logProbs);
                            m.body = "logProbs";
                            continue;
                        }
                    case 25: {
                            if (u !== 2)
                                break;
                            m.logProbsReply = $root.observe.v1.LogProbsReply.decode(r, r.size(), $undefined, q + 1, m.logProbsReply);
                            m.body = "logProbsReply";
                            continue;
                        }
                    case 26: {
                            if (u !== 2)
                                break;
                            m.trainStep = $root.observe.v1.TrainStepRequest.decode(r, r.size(), $undefined, q + 1, m.trainStep);
                            m.body = "trainStep";
                            continue;
                        }
                    case 27: {
                            if (u !== 2)
                                break;
                            m.trainStepReply = $root.observe.v1.TrainStepReply.decode(r, r.size(), $undefined, q + 1, m.trainStepReply);
                            m.body = "trainStepReply";
                            continue;
                        }
                    case 28: {
                            if (u !== 2)
                                break;
                            m.saveCheckpoint = $root.observe.v1.SaveCheckpointRequest.decode(r, r.size(), $undefined, q + 1, m.saveCheckpoint);
                            m.body = "saveCheckpoint";
                            continue;
                        }
                    case 29: {
                            if (u !== 2)
                                break;
                            m.saveCheckpointReply = $root.observe.v1.SaveCheckpointReply.decode(r, r.size(), $undefined, q + 1, m.saveCheckpointReply);
                            m.body = "saveCheckpointReply";
                            continue;
                        }
                    case 30: {
                            if (u !== 2)
                                break;
                            m.loadCheckpoint = $root.observe.v1.LoadCheckpointRequest.decode(r, r.size(), $undefined, q + 1, m.loadCheckpoint);
                            m.body = "loadCheckpoint";
                            continue;
                        }
                    case 31: {
                            if (u !== 2)
                                break;
                            m.loadCheckpointReply = $root.observe.v1.LoadCheckpointReply.decode(r, r.size(), $undefined, q + 1, m.loadCheckpointReply);
                            m.body = "loadCheckpointReply";
                            continue;
                        }
                    case 32: {
                            if (u !== 2)
                                break;
                            m.health = $root.observe.v1.HealthRequest.decode(r, r.size(), $undefined, q + 1, m.health);
                            m.body = "health";
                            continue;
                        }
                    case 33: {
                            if (u !== 2)
                                break;
                            m.healthReply = $root.observe.v1.HealthReply.decode(r, r.size(), $undefined, q + 1, m.healthReply);
                            m.body = "healthReply";
                            continue;
                        }
                    case 34: {
                            if (u !== 2)
                                break;
                            m.shutdown = $root.observe.v1.ShutdownRequest.decode(r, r.size(), $undefined, q + 1, m.shutdown);
                            m.body = "shutdown";
                            continue;
                        }
                    case 35: {
                            if (u !== 2)
                                break;
                            m.shutdownReply = $root.observe.v1.ShutdownReply.decode(r, r.size(), $undefined, q + 1, m.shutdownReply);
                            m.body = "shutdownReply";
                            continue;
                        }
                    case 36: {
                            if (u !== 2)
                                break;
                            m.echo = $root.observe.v1.EchoRequest.decode(r, r.size(), $undefined, q + 1, m.echo);
                            m.body = "echo";
                            continue;
                        }
                    case 37: {
                            if (u !== 2)
                                break;
                            m.echoReply = $root.observe.v1.EchoReply.decode(r, r.size(), $undefined, q + 1, m.echoReply);
                            m.body = "echoReply";
                            continue;
                        }
                    case 38: {
                            if (u !== 2)
                                break;
                            m.sftStep = $root.observe.v1.SftStepRequest.decode(r, r.size(), $undefined, q + 1, m.sftStep);
                            m.body = "sftStep";
                            continue;
                        }
                    case 39: {
                            if (u !== 2)
                                break;
                            m.sftStepReply = $root.observe.v1.SftStepReply.decode(r, r.size(), $undefined, q + 1, m.sftStepReply);
                            m.body = "sftStepReply";
                            continue;
                        }
                    case 40: {
                            if (u !== 2)
                                break;
                            m.tokenize = $root.observe.v1.TokenizeRequest.decode(r, r.size(), $undefined, q + 1, m.tokenize);
                            m.body = "tokenize";
                            continue;
                        }
                    case 41: {
                            if (u !== 2)
                                break;
                            m.tokenizeReply = $root.observe.v1.TokenizeReply.decode(r, r.size(), $undefined, q + 1, m.tokenizeReply);
                            m.body = "tokenizeReply";
                            continue;
                        }
                    case 42: {
                            if (u !== 2)
                                break;
                            m.encodePrompts = $root.observe.v1.EncodePromptsRequest.decode(r, r.size(), $undefined, q + 1, m.encodePrompts);
                            m.body = "encodePrompts";
                            continue;
                        }
                    case 43: {
                            if (u !== 2)
                                break;
                            m.encodePromptsReply = $root.observe.v1.EncodePromptsReply.decode(r, r.size(), $undefined, q + 1, m.encodePromptsReply);
                            m.body = "encodePromptsReply";
                            continue;
                        }
                    case 44: {
                            if (u !== 2)
                                break;
                            m.checkImages = $root.observe.v1.CheckImagesRequest.decode(r, r.size(), $undefined, q + 1, m.checkImages);
                            m.body = "checkImages";
                            continue;
                        }
                    case 45: {
                            if (u !== 2)
                                break;
                            m.checkImagesReply = $root.observe.v1.CheckImagesReply.decode(r, r.size(), $undefined, q + 1, m.checkImagesReply);
                            m.body = "checkImagesReply";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.Envelope
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.Envelope} Envelope
             */
            Envelope.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.Envelope)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.Envelope: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.Envelope();
                if (d.requestId != null) {
                    if ($Number(d.requestId) !== 0) {
                        m.requestId = d.requestId >>> 0;
                    }
                }
                if (d.isReply != null) {
                    if (d.isReply) {
                        m.isReply = $Boolean(d.isReply);
                    }
                }
                if (d.error != null) {
                    if (!$util.isObject(d.error))
                        throw $TypeError(".observe.v1.Envelope.error: object expected");
                    m.error = $root.observe.v1.Error.fromObject(d.error, q + 1);
                }
                if (d.frames) {
                    if (!$Array.isArray(d.frames))
                        throw $TypeError(".observe.v1.Envelope.frames: array expected");
                    m.frames = $Array(d.frames.length);
                    for (var i = 0; i < d.frames.length; ++i) {
                        if (!$util.isObject(d.frames[i]))
                            throw $TypeError(".observe.v1.Envelope.frames: object expected");
                        m.frames[i] = $root.observe.v1.Frame.fromObject(d.frames[i], q + 1);
                    }
                }
                if (d.handlerSeconds != null) {
                    if (!$Object.is($Number(d.handlerSeconds), 0)) {
                        m.handlerSeconds = $Number(d.handlerSeconds);
                    }
                }
                if (d.hello != null) {
                    if (!$util.isObject(d.hello))
                        throw $TypeError(".observe.v1.Envelope.hello: object expected");
                    m.hello = $root.observe.v1.Hello.fromObject(d.hello, q + 1);
                }
                if (d.helloAck != null) {
                    if (!$util.isObject(d.helloAck))
                        throw $TypeError(".observe.v1.Envelope.helloAck: object expected");
                    m.helloAck = $root.observe.v1.HelloAck.fromObject(d.helloAck, q + 1);
                }
                if (d.heartbeat != null) {
                    if (!$util.isObject(d.heartbeat))
                        throw $TypeError(".observe.v1.Envelope.heartbeat: object expected");
                    m.heartbeat = $root.observe.v1.Heartbeat.fromObject(d.heartbeat, q + 1);
                }
                if (d.loadModel != null) {
                    if (!$util.isObject(d.loadModel))
                        throw $TypeError(".observe.v1.Envelope.loadModel: object expected");
                    m.loadModel = $root.observe.v1.LoadModelRequest.fromObject(d.loadModel, q + 1);
                }
                if (d.loadModelReply != null) {
                    if (!$util.isObject(d.loadModelReply))
                        throw $TypeError(".observe.v1.Envelope.loadModelReply: object expected");
                    m.loadModelReply = $root.observe.v1.LoadModelReply.fromObject(d.loadModelReply, q + 1);
                }
                if (d.generate != null) {
                    if (!$util.isObject(d.generate))
                        throw $TypeError(".observe.v1.Envelope.generate: object expected");
                    m.generate = $root.observe.v1.GenerateRequest.fromObject(d.generate, q + 1);
                }
                if (d.generateReply != null) {
                    if (!$util.isObject(d.generateReply))
                        throw $TypeError(".observe.v1.Envelope.generateReply: object expected");
                    m.generateReply = $root.observe.v1.GenerateReply.fromObject(d.generateReply, q + 1);
                }
                if (d.logProbs != null) {
                    if (!$util.isObject(d.logProbs))
                        throw $TypeError(".observe.v1.Envelope.logProbs: object expected");
                    m.logProbs = $root.observe.v1.LogProbsRequest.fromObject(d.logProbs, q + 1);
                }
                if (d.logProbsReply != null) {
                    if (!$util.isObject(d.logProbsReply))
                        throw $TypeError(".observe.v1.Envelope.logProbsReply: object expected");
                    m.logProbsReply = $root.observe.v1.LogProbsReply.fromObject(d.logProbsReply, q + 1);
                }
                if (d.trainStep != null) {
                    if (!$util.isObject(d.trainStep))
                        throw $TypeError(".observe.v1.Envelope.trainStep: object expected");
                    m.trainStep = $root.observe.v1.TrainStepRequest.fromObject(d.trainStep, q + 1);
                }
                if (d.trainStepReply != null) {
                    if (!$util.isObject(d.trainStepReply))
                        throw $TypeError(".observe.v1.Envelope.trainStepReply: object expected");
                    m.trainStepReply = $root.observe.v1.TrainStepReply.fromObject(d.trainStepReply, q + 1);
                }
                if (d.saveCheckpoint != null) {
                    if (!$util.isObject(d.saveCheckpoint))
                        throw $TypeError(".observe.v1.Envelope.saveCheckpoint: object expected");
                    m.saveCheckpoint = $root.observe.v1.SaveCheckpointRequest.fromObject(d.saveCheckpoint, q + 1);
                }
                if (d.saveCheckpointReply != null) {
                    if (!$util.isObject(d.saveCheckpointReply))
                        throw $TypeError(".observe.v1.Envelope.saveCheckpointReply: object expected");
                    m.saveCheckpointReply = $root.observe.v1.SaveCheckpointReply.fromObject(d.saveCheckpointReply, q + 1);
                }
                if (d.loadCheckpoint != null) {
                    if (!$util.isObject(d.loadCheckpoint))
                        throw $TypeError(".observe.v1.Envelope.loadCheckpoint: object expected");
                    m.loadCheckpoint = $root.observe.v1.LoadCheckpointRequest.fromObject(d.loadCheckpoint, q + 1);
                }
                if (d.loadCheckpointReply != null) {
                    if (!$util.isObject(d.loadCheckpointReply))
                        throw $TypeError(".observe.v1.Envelope.loadCheckpointReply: object expected");
                    m.loadCheckpointReply = $root.observe.v1.LoadCheckpointReply.fromObject(d.loadCheckpointReply, q + 1);
                }
                if (d.health != null) {
                    if (!$util.isObject(d.health))
                        throw $TypeError(".observe.v1.Envelope.health: object expected");
                    m.health = $root.observe.v1.HealthRequest.fromObject(d.health, q + 1);
                }
                if (d.healthReply != null) {
                    if (!$util.isObject(d.healthReply))
                        throw $TypeError(".observe.v1.Envelope.healthReply: object expected");
                    m.healthReply = $root.observe.v1.HealthReply.fromObject(d.healthReply, q + 1);
                }
                if (d.shutdown != null) {
                    if (!$util.isObject(d.shutdown))
                        throw $TypeError(".observe.v1.Envelope.shutdown: object expected");
                    m.shutdown = $root.observe.v1.ShutdownRequest.fromObject(d.shutdown, q + 1);
                }
                if (d.shutdownReply != null) {
                    if (!$util.isObject(d.shutdownReply))
                        throw $TypeError(".observe.v1.Envelope.shutdownReply: object expected");
                    m.shutdownReply = $root.observe.v1.ShutdownReply.fromObject(d.shutdownReply, q + 1);
                }
                if (d.echo != null) {
                    if (!$util.isObject(d.echo))
                        throw $TypeError(".observe.v1.Envelope.echo: object expected");
                    m.echo = $root.observe.v1.EchoRequest.fromObject(d.echo, q + 1);
                }
                if (d.echoReply != null) {
                    if (!$util.isObject(d.echoReply))
                        throw $TypeError(".observe.v1.Envelope.echoReply: object expected");
                    m.echoReply = $root.observe.v1.EchoReply.fromObject(d.echoReply, q + 1);
                }
                if (d.sftStep != null) {
                    if (!$util.isObject(d.sftStep))
                        throw $TypeError(".observe.v1.Envelope.sftStep: object expected");
                    m.sftStep = $root.observe.v1.SftStepRequest.fromObject(d.sftStep, q + 1);
                }
                if (d.sftStepReply != null) {
                    if (!$util.isObject(d.sftStepReply))
                        throw $TypeError(".observe.v1.Envelope.sftStepReply: object expected");
                    m.sftStepReply = $root.observe.v1.SftStepReply.fromObject(d.sftStepReply, q + 1);
                }
                if (d.tokenize != null) {
                    if (!$util.isObject(d.tokenize))
                        throw $TypeError(".observe.v1.Envelope.tokenize: object expected");
                    m.tokenize = $root.observe.v1.TokenizeRequest.fromObject(d.tokenize, q + 1);
                }
                if (d.tokenizeReply != null) {
                    if (!$util.isObject(d.tokenizeReply))
                        throw $TypeError(".observe.v1.Envelope.tokenizeReply: object expected");
                    m.tokenizeReply = $root.observe.v1.TokenizeReply.fromObject(d.tokenizeReply, q + 1);
                }
                if (d.encodePrompts != null) {
                    if (!$util.isObject(d.encodePrompts))
                        throw $TypeError(".observe.v1.Envelope.encodePrompts: object expected");
                    m.encodePrompts = $root.observe.v1.EncodePromptsRequest.fromObject(d.encodePrompts, q + 1);
                }
                if (d.encodePromptsReply != null) {
                    if (!$util.isObject(d.encodePromptsReply))
                        throw $TypeError(".observe.v1.Envelope.encodePromptsReply: object expected");
                    m.encodePromptsReply = $root.observe.v1.EncodePromptsReply.fromObject(d.encodePromptsReply, q + 1);
                }
                if (d.checkImages != null) {
                    if (!$util.isObject(d.checkImages))
                        throw $TypeError(".observe.v1.Envelope.checkImages: object expected");
                    m.checkImages = $root.observe.v1.CheckImagesRequest.fromObject(d.checkImages, q + 1);
                }
                if (d.checkImagesReply != null) {
                    if (!$util.isObject(d.checkImagesReply))
                        throw $TypeError(".observe.v1.Envelope.checkImagesReply: object expected");
                    m.checkImagesReply = $root.observe.v1.CheckImagesReply.fromObject(d.checkImagesReply, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.Envelope
             * @static
             * @param {observe.v1.Envelope} m Envelope
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.frames = [];
                }
                if (o.defaults) {
                    d.requestId = 0;
                    d.isReply = false;
                    d.error = null;
                    d.handlerSeconds = 0;
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.isReply != null && $Object.hasOwnProperty.call(m, "isReply")) {
                    d.isReply = m.isReply;
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = $root.observe.v1.Error.toObject(m.error, o, q + 1);
                }
                if (m.frames && m.frames.length) {
                    d.frames = $Array(m.frames.length);
                    for (var j = 0; j < m.frames.length; ++j) {
                        d.frames[j] = $root.observe.v1.Frame.toObject(m.frames[j], o, q + 1);
                    }
                }
                if (m.handlerSeconds != null && $Object.hasOwnProperty.call(m, "handlerSeconds")) {
                    d.handlerSeconds = o.json && !$isFinite(m.handlerSeconds) ? $String(m.handlerSeconds) : m.handlerSeconds;
                }
                if (m.hello != null && $Object.hasOwnProperty.call(m, "hello")) {
                    d.hello = $root.observe.v1.Hello.toObject(m.hello, o, q + 1);
                    if (o.oneofs)
                        d.body = "hello";
                }
                if (m.helloAck != null && $Object.hasOwnProperty.call(m, "helloAck")) {
                    d.helloAck = $root.observe.v1.HelloAck.toObject(m.helloAck, o, q + 1);
                    if (o.oneofs)
                        d.body = "helloAck";
                }
                if (m.heartbeat != null && $Object.hasOwnProperty.call(m, "heartbeat")) {
                    d.heartbeat = $root.observe.v1.Heartbeat.toObject(m.heartbeat, o, q + 1);
                    if (o.oneofs)
                        d.body = "heartbeat";
                }
                if (m.loadModel != null && $Object.hasOwnProperty.call(m, "loadModel")) {
                    d.loadModel = $root.observe.v1.LoadModelRequest.toObject(m.loadModel, o, q + 1);
                    if (o.oneofs)
                        d.body = "loadModel";
                }
                if (m.loadModelReply != null && $Object.hasOwnProperty.call(m, "loadModelReply")) {
                    d.loadModelReply = $root.observe.v1.LoadModelReply.toObject(m.loadModelReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "loadModelReply";
                }
                if (m.generate != null && $Object.hasOwnProperty.call(m, "generate")) {
                    d.generate = $root.observe.v1.GenerateRequest.toObject(m.generate, o, q + 1);
                    if (o.oneofs)
                        d.body = "generate";
                }
                if (m.generateReply != null && $Object.hasOwnProperty.call(m, "generateReply")) {
                    d.generateReply = $root.observe.v1.GenerateReply.toObject(m.generateReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "generateReply";
                }
                if (m.logProbs != null && $Object.hasOwnProperty.call(m, "logProbs")) {
                    d.logProbs = $root.observe.v1.LogProbsRequest.toObject(m.logProbs, o, q + 1);
                    if (o.oneofs)
                        d.body = "logProbs";
                }
                if (m.logProbsReply != null && $Object.hasOwnProperty.call(m, "logProbsReply")) {
                    d.logProbsReply = $root.observe.v1.LogProbsReply.toObject(m.logProbsReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "logProbsReply";
                }
                if (m.trainStep != null && $Object.hasOwnProperty.call(m, "trainStep")) {
                    d.trainStep = $root.observe.v1.TrainStepRequest.toObject(m.trainStep, o, q + 1);
                    if (o.oneofs)
                        d.body = "trainStep";
                }
                if (m.trainStepReply != null && $Object.hasOwnProperty.call(m, "trainStepReply")) {
                    d.trainStepReply = $root.observe.v1.TrainStepReply.toObject(m.trainStepReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "trainStepReply";
                }
                if (m.saveCheckpoint != null && $Object.hasOwnProperty.call(m, "saveCheckpoint")) {
                    d.saveCheckpoint = $root.observe.v1.SaveCheckpointRequest.toObject(m.saveCheckpoint, o, q + 1);
                    if (o.oneofs)
                        d.body = "saveCheckpoint";
                }
                if (m.saveCheckpointReply != null && $Object.hasOwnProperty.call(m, "saveCheckpointReply")) {
                    d.saveCheckpointReply = $root.observe.v1.SaveCheckpointReply.toObject(m.saveCheckpointReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "saveCheckpointReply";
                }
                if (m.loadCheckpoint != null && $Object.hasOwnProperty.call(m, "loadCheckpoint")) {
                    d.loadCheckpoint = $root.observe.v1.LoadCheckpointRequest.toObject(m.loadCheckpoint, o, q + 1);
                    if (o.oneofs)
                        d.body = "loadCheckpoint";
                }
                if (m.loadCheckpointReply != null && $Object.hasOwnProperty.call(m, "loadCheckpointReply")) {
                    d.loadCheckpointReply = $root.observe.v1.LoadCheckpointReply.toObject(m.loadCheckpointReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "loadCheckpointReply";
                }
                if (m.health != null && $Object.hasOwnProperty.call(m, "health")) {
                    d.health = $root.observe.v1.HealthRequest.toObject(m.health, o, q + 1);
                    if (o.oneofs)
                        d.body = "health";
                }
                if (m.healthReply != null && $Object.hasOwnProperty.call(m, "healthReply")) {
                    d.healthReply = $root.observe.v1.HealthReply.toObject(m.healthReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "healthReply";
                }
                if (m.shutdown != null && $Object.hasOwnProperty.call(m, "shutdown")) {
                    d.shutdown = $root.observe.v1.ShutdownRequest.toObject(m.shutdown, o, q + 1);
                    if (o.oneofs)
                        d.body = "shutdown";
                }
                if (m.shutdownReply != null && $Object.hasOwnProperty.call(m, "shutdownReply")) {
                    d.shutdownReply = $root.observe.v1.ShutdownReply.toObject(m.shutdownReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "shutdownReply";
                }
                if (m.echo != null && $Object.hasOwnProperty.call(m, "echo")) {
                    d.echo = $root.observe.v1.EchoRequest.toObject(m.echo, o, q + 1);
                    if (o.oneofs)
                        d.body = "echo";
                }
                if (m.echoReply != null && $Object.hasOwnProperty.call(m, "echoReply")) {
                    d.echoReply = $root.observe.v1.EchoReply.toObject(m.echoReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "echoReply";
                }
                if (m.sftStep != null && $Object.hasOwnProperty.call(m, "sftStep")) {
                    d.sftStep = $root.observe.v1.SftStepRequest.toObject(m.sftStep, o, q + 1);
                    if (o.oneofs)
                        d.body = "sftStep";
                }
                if (m.sftStepReply != null && $Object.hasOwnProperty.call(m, "sftStepReply")) {
                    d.sftStepReply = $root.observe.v1.SftStepReply.toObject(m.sftStepReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "sftStepReply";
                }
                if (m.tokenize != null && $Object.hasOwnProperty.call(m, "tokenize")) {
                    d.tokenize = $root.observe.v1.TokenizeRequest.toObject(m.tokenize, o, q + 1);
                    if (o.oneofs)
                        d.body = "tokenize";
                }
                if (m.tokenizeReply != null && $Object.hasOwnProperty.call(m, "tokenizeReply")) {
                    d.tokenizeReply = $root.observe.v1.TokenizeReply.toObject(m.tokenizeReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "tokenizeReply";
                }
                if (m.encodePrompts != null && $Object.hasOwnProperty.call(m, "encodePrompts")) {
                    d.encodePrompts = $root.observe.v1.EncodePromptsRequest.toObject(m.encodePrompts, o, q + 1);
                    if (o.oneofs)
                        d.body = "encodePrompts";
                }
                if (m.encodePromptsReply != null && $Object.hasOwnProperty.call(m, "encodePromptsReply")) {
                    d.encodePromptsReply = $root.observe.v1.EncodePromptsReply.toObject(m.encodePromptsReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "encodePromptsReply";
                }
                if (m.checkImages != null && $Object.hasOwnProperty.call(m, "checkImages")) {
                    d.checkImages = $root.observe.v1.CheckImagesRequest.toObject(m.checkImages, o, q + 1);
                    if (o.oneofs)
                        d.body = "checkImages";
                }
                if (m.checkImagesReply != null && $Object.hasOwnProperty.call(m, "checkImagesReply")) {
                    d.checkImagesReply = $root.observe.v1.CheckImagesReply.toObject(m.checkImagesReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "checkImagesReply";
                }
                return d;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof observe.v1.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Envelope
             * @function getTypeUrl
             * @memberof observe.v1.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.Envelope";
            };

            return Envelope;
        })();

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} observe.v1.Hello.$Properties
             * @property {number|null} [protocolVersion] Hello protocolVersion
             * @property {string|null} [workerId] Hello workerId
             * @property {number|null} [pid] Hello pid
             * @property {string|null} [pythonVersion] Hello pythonVersion
             * @property {string|null} [torchVersion] Hello torchVersion
             * @property {string|null} [transformersVersion] Hello transformersVersion
             * @property {string|null} [device] Hello device
             * @property {number|null} [cudaDeviceCount] Hello cudaDeviceCount
             * @property {string|null} [vllmVersion] Hello vllmVersion
             * @property {string|null} [workerVersion] Hello workerVersion
             * @property {number|null} [worldSize] Hello worldSize
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof observe.v1
             * @interface IHello
             * @augments observe.v1.Hello.$Properties
             * @deprecated Use observe.v1.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {observe.v1.Hello.$Properties} observe.v1.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof observe.v1
             * @classdesc Represents a Hello.
             * @constructor
             * @param {observe.v1.Hello.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hello = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Hello protocolVersion.
             * @member {number} protocolVersion
             * @memberof observe.v1.Hello
             * @instance
             */
            Hello.prototype.protocolVersion = 0;

            /**
             * Hello workerId.
             * @member {string} workerId
             * @memberof observe.v1.Hello
             * @instance
             */
            Hello.prototype.workerId = "";

            /**
             * Hello pid.
             * @member {number} pid
             * @memberof observe.v1.Hello
             * @instance
             */
            Hello.prototype.pid = 0;

            /**
             * Hello pythonVersion.
             * @member {string} pythonVersion
             * @memberof observe.v1.Hello
             * @instance
             */
            Hello.prototype.pythonVersion = "";

            /**
             * Hello torchVersion.
             * @member {string} torchVersion
             * @memberof observe.v1.Hello
             * @instance
             */
            Hello.prototype.torchVersion = "";

            /**
             * Hello transformersVersion.
             * @member {string} transformersVersion
             * @memberof observe.v1.Hello
             * @instance
             */
            Hello.prototype.transformersVersion = "";

            /**
             * Hello device.
             * @member {string} device
             * @memberof observe.v1.Hello
             * @instance
             */
            Hello.prototype.device = "";

            /**
             * Hello cudaDeviceCount.
             * @member {number} cudaDeviceCount
             * @memberof observe.v1.Hello
             * @instance
             */
            Hello.prototype.cudaDeviceCount = 0;

            /**
             * Hello vllmVersion.
             * @member {string} vllmVersion
             * @memberof observe.v1.Hello
             * @instance
             */
            Hello.prototype.vllmVersion = "";

            /**
             * Hello workerVersion.
             * @member {string} workerVersion
             * @memberof observe.v1.Hello
             * @instance
             */
            Hello.prototype.workerVersion = "";

            /**
             * Hello worldSize.
             * @member {number} worldSize
             * @memberof observe.v1.Hello
             * @instance
             */
            Hello.prototype.worldSize = 0;

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof observe.v1.Hello
             * @static
             * @param {observe.v1.Hello.$Properties=} [properties] Properties to set
             * @returns {observe.v1.Hello} Hello instance
             * @type {{
             *   (properties: observe.v1.Hello.$Shape): observe.v1.Hello & observe.v1.Hello.$Shape;
             *   (properties?: observe.v1.Hello.$Properties): observe.v1.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link observe.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.Hello
             * @static
             * @param {observe.v1.Hello.$Properties} m Hello message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.protocolVersion != null && $Object.hasOwnProperty.call(m, "protocolVersion") && m.protocolVersion !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.protocolVersion);
                if (m.workerId != null && $Object.hasOwnProperty.call(m, "workerId") && m.workerId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.workerId);
                if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.pid);
                if (m.pythonVersion != null && $Object.hasOwnProperty.call(m, "pythonVersion") && m.pythonVersion !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.pythonVersion);
                if (m.torchVersion != null && $Object.hasOwnProperty.call(m, "torchVersion") && m.torchVersion !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.torchVersion);
                if (m.transformersVersion != null && $Object.hasOwnProperty.call(m, "transformersVersion") && m.transformersVersion !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.transformersVersion);
                if (m.device != null && $Object.hasOwnProperty.call(m, "device") && m.device !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.device);
                if (m.cudaDeviceCount != null && $Object.hasOwnProperty.call(m, "cudaDeviceCount") && m.cudaDeviceCount !== 0)
                    w.uint32(/* id 8, wireType 0 =*/64).uint32(m.cudaDeviceCount);
                if (m.vllmVersion != null && $Object.hasOwnProperty.call(m, "vllmVersion") && m.vllmVersion !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.vllmVersion);
                if (m.workerVersion != null && $Object.hasOwnProperty.call(m, "workerVersion") && m.workerVersion !== "")
                    w.uint32(/* id 10, wireType 2 =*/82).string(m.workerVersion);
                if (m.worldSize != null && $Object.hasOwnProperty.call(m, "worldSize") && m.worldSize !== 0)
                    w.uint32(/* id 11, wireType 0 =*/88).uint32(m.worldSize);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.Hello & observe.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.Hello();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.protocolVersion = v;
                            else
                                delete m.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.workerId = v;
                            else
                                delete m.workerId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.pid = v;
                            else
                                delete m.pid;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.pythonVersion = v;
                            else
                                delete m.pythonVersion;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.torchVersion = v;
                            else
                                delete m.torchVersion;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.transformersVersion = v;
                            else
                                delete m.transformersVersion;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.device = v;
                            else
                                delete m.device;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.cudaDeviceCount = v;
                            else
                                delete m.cudaDeviceCount;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.vllmVersion = v;
                            else
                                delete m.vllmVersion;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.workerVersion = v;
                            else
                                delete m.workerVersion;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.worldSize = v;
                            else
                                delete m.worldSize;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.Hello
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.Hello} Hello
             */
            Hello.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.Hello)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.Hello: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.Hello();
                if (d.protocolVersion != null) {
                    if ($Number(d.protocolVersion) !== 0) {
                        m.protocolVersion = d.protocolVersion >>> 0;
                    }
                }
                if (d.workerId != null) {
                    if (typeof d.workerId !== "string" || d.workerId.length) {
                        m.workerId = $String(d.workerId);
                    }
                }
                if (d.pid != null) {
                    if ($Number(d.pid) !== 0) {
                        m.pid = d.pid >>> 0;
                    }
                }
                if (d.pythonVersion != null) {
                    if (typeof d.pythonVersion !== "string" || d.pythonVersion.length) {
                        m.pythonVersion = $String(d.pythonVersion);
                    }
                }
                if (d.torchVersion != null) {
                    if (typeof d.torchVersion !== "string" || d.torchVersion.length) {
                        m.torchVersion = $String(d.torchVersion);
                    }
                }
                if (d.transformersVersion != null) {
                    if (typeof d.transformersVersion !== "string" || d.transformersVersion.length) {
                        m.transformersVersion = $String(d.transformersVersion);
                    }
                }
                if (d.device != null) {
                    if (typeof d.device !== "string" || d.device.length) {
                        m.device = $String(d.device);
                    }
                }
                if (d.cudaDeviceCount != null) {
                    if ($Number(d.cudaDeviceCount) !== 0) {
                        m.cudaDeviceCount = d.cudaDeviceCount >>> 0;
                    }
                }
                if (d.vllmVersion != null) {
                    if (typeof d.vllmVersion !== "string" || d.vllmVersion.length) {
                        m.vllmVersion = $String(d.vllmVersion);
                    }
                }
                if (d.workerVersion != null) {
                    if (typeof d.workerVersion !== "string" || d.workerVersion.length) {
                        m.workerVersion = $String(d.workerVersion);
                    }
                }
                if (d.worldSize != null) {
                    if ($Number(d.worldSize) !== 0) {
                        m.worldSize = d.worldSize >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.Hello
             * @static
             * @param {observe.v1.Hello} m Hello
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.protocolVersion = 0;
                    d.workerId = "";
                    d.pid = 0;
                    d.pythonVersion = "";
                    d.torchVersion = "";
                    d.transformersVersion = "";
                    d.device = "";
                    d.cudaDeviceCount = 0;
                    d.vllmVersion = "";
                    d.workerVersion = "";
                    d.worldSize = 0;
                }
                if (m.protocolVersion != null && $Object.hasOwnProperty.call(m, "protocolVersion")) {
                    d.protocolVersion = m.protocolVersion;
                }
                if (m.workerId != null && $Object.hasOwnProperty.call(m, "workerId")) {
                    d.workerId = m.workerId;
                }
                if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                    d.pid = m.pid;
                }
                if (m.pythonVersion != null && $Object.hasOwnProperty.call(m, "pythonVersion")) {
                    d.pythonVersion = m.pythonVersion;
                }
                if (m.torchVersion != null && $Object.hasOwnProperty.call(m, "torchVersion")) {
                    d.torchVersion = m.torchVersion;
                }
                if (m.transformersVersion != null && $Object.hasOwnProperty.call(m, "transformersVersion")) {
                    d.transformersVersion = m.transformersVersion;
                }
                if (m.device != null && $Object.hasOwnProperty.call(m, "device")) {
                    d.device = m.device;
                }
                if (m.cudaDeviceCount != null && $Object.hasOwnProperty.call(m, "cudaDeviceCount")) {
                    d.cudaDeviceCount = m.cudaDeviceCount;
                }
                if (m.vllmVersion != null && $Object.hasOwnProperty.call(m, "vllmVersion")) {
                    d.vllmVersion = m.vllmVersion;
                }
                if (m.workerVersion != null && $Object.hasOwnProperty.call(m, "workerVersion")) {
                    d.workerVersion = m.workerVersion;
                }
                if (m.worldSize != null && $Object.hasOwnProperty.call(m, "worldSize")) {
                    d.worldSize = m.worldSize;
                }
                return d;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof observe.v1.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Hello
             * @function getTypeUrl
             * @memberof observe.v1.Hello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.Hello";
            };

            return Hello;
        })();

        v1.HelloAck = (function() {

            /**
             * Properties of a HelloAck.
             * @typedef {Object} observe.v1.HelloAck.$Properties
             * @property {number|null} [protocolVersion] HelloAck protocolVersion
             * @property {boolean|null} [accepted] HelloAck accepted
             * @property {string|null} [reason] HelloAck reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HelloAck.
             * @memberof observe.v1
             * @interface IHelloAck
             * @augments observe.v1.HelloAck.$Properties
             * @deprecated Use observe.v1.HelloAck.$Properties instead.
             */

            /**
             * Shape of a HelloAck.
             * @typedef {observe.v1.HelloAck.$Properties} observe.v1.HelloAck.$Shape
             */

            /**
             * Constructs a new HelloAck.
             * @memberof observe.v1
             * @classdesc Represents a HelloAck.
             * @constructor
             * @param {observe.v1.HelloAck.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HelloAck = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * HelloAck protocolVersion.
             * @member {number} protocolVersion
             * @memberof observe.v1.HelloAck
             * @instance
             */
            HelloAck.prototype.protocolVersion = 0;

            /**
             * HelloAck accepted.
             * @member {boolean} accepted
             * @memberof observe.v1.HelloAck
             * @instance
             */
            HelloAck.prototype.accepted = false;

            /**
             * HelloAck reason.
             * @member {string} reason
             * @memberof observe.v1.HelloAck
             * @instance
             */
            HelloAck.prototype.reason = "";

            /**
             * Creates a new HelloAck instance using the specified properties.
             * @function create
             * @memberof observe.v1.HelloAck
             * @static
             * @param {observe.v1.HelloAck.$Properties=} [properties] Properties to set
             * @returns {observe.v1.HelloAck} HelloAck instance
             * @type {{
             *   (properties: observe.v1.HelloAck.$Shape): observe.v1.HelloAck & observe.v1.HelloAck.$Shape;
             *   (properties?: observe.v1.HelloAck.$Properties): observe.v1.HelloAck;
             * }}
             */
            HelloAck.create = function(properties) {
                return new HelloAck(properties);
            };

            /**
             * Encodes the specified HelloAck message. Does not implicitly {@link observe.v1.HelloAck.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.HelloAck
             * @static
             * @param {observe.v1.HelloAck.$Properties} m HelloAck message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HelloAck.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.protocolVersion != null && $Object.hasOwnProperty.call(m, "protocolVersion") && m.protocolVersion !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.protocolVersion);
                if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted") && m.accepted !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.accepted);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a HelloAck message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.HelloAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.HelloAck & observe.v1.HelloAck.$Shape} HelloAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HelloAck.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.HelloAck();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.protocolVersion = v;
                            else
                                delete m.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.accepted = v;
                            else
                                delete m.accepted;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a HelloAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.HelloAck
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.HelloAck} HelloAck
             */
            HelloAck.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.HelloAck)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.HelloAck: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.HelloAck();
                if (d.protocolVersion != null) {
                    if ($Number(d.protocolVersion) !== 0) {
                        m.protocolVersion = d.protocolVersion >>> 0;
                    }
                }
                if (d.accepted != null) {
                    if (d.accepted) {
                        m.accepted = $Boolean(d.accepted);
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a HelloAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.HelloAck
             * @static
             * @param {observe.v1.HelloAck} m HelloAck
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HelloAck.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.protocolVersion = 0;
                    d.accepted = false;
                    d.reason = "";
                }
                if (m.protocolVersion != null && $Object.hasOwnProperty.call(m, "protocolVersion")) {
                    d.protocolVersion = m.protocolVersion;
                }
                if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted")) {
                    d.accepted = m.accepted;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                return d;
            };

            /**
             * Converts this HelloAck to JSON.
             * @function toJSON
             * @memberof observe.v1.HelloAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HelloAck.prototype.toJSON = function() {
                return HelloAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HelloAck
             * @function getTypeUrl
             * @memberof observe.v1.HelloAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HelloAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.HelloAck";
            };

            return HelloAck;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} observe.v1.Heartbeat.$Properties
             * @property {number|null} [unixTime] Heartbeat unixTime
             * @property {string|null} [busyWith] Heartbeat busyWith
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof observe.v1
             * @interface IHeartbeat
             * @augments observe.v1.Heartbeat.$Properties
             * @deprecated Use observe.v1.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {observe.v1.Heartbeat.$Properties} observe.v1.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof observe.v1
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {observe.v1.Heartbeat.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Heartbeat unixTime.
             * @member {number} unixTime
             * @memberof observe.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.unixTime = 0;

            /**
             * Heartbeat busyWith.
             * @member {string} busyWith
             * @memberof observe.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.busyWith = "";

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof observe.v1.Heartbeat
             * @static
             * @param {observe.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {observe.v1.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: observe.v1.Heartbeat.$Shape): observe.v1.Heartbeat & observe.v1.Heartbeat.$Shape;
             *   (properties?: observe.v1.Heartbeat.$Properties): observe.v1.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link observe.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.Heartbeat
             * @static
             * @param {observe.v1.Heartbeat.$Properties} m Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.unixTime != null && $Object.hasOwnProperty.call(m, "unixTime") && !$Object.is(m.unixTime, 0))
                    w.uint32(/* id 1, wireType 1 =*/9).double(m.unixTime);
                if (m.busyWith != null && $Object.hasOwnProperty.call(m, "busyWith") && m.busyWith !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.busyWith);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.Heartbeat & observe.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.Heartbeat();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.unixTime = v;
                            else
                                delete m.unixTime;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.busyWith = v;
                            else
                                delete m.busyWith;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.Heartbeat)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.Heartbeat: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.Heartbeat();
                if (d.unixTime != null) {
                    if (!$Object.is($Number(d.unixTime), 0)) {
                        m.unixTime = $Number(d.unixTime);
                    }
                }
                if (d.busyWith != null) {
                    if (typeof d.busyWith !== "string" || d.busyWith.length) {
                        m.busyWith = $String(d.busyWith);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.Heartbeat
             * @static
             * @param {observe.v1.Heartbeat} m Heartbeat
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.unixTime = 0;
                    d.busyWith = "";
                }
                if (m.unixTime != null && $Object.hasOwnProperty.call(m, "unixTime")) {
                    d.unixTime = o.json && !$isFinite(m.unixTime) ? $String(m.unixTime) : m.unixTime;
                }
                if (m.busyWith != null && $Object.hasOwnProperty.call(m, "busyWith")) {
                    d.busyWith = m.busyWith;
                }
                return d;
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof observe.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Heartbeat
             * @function getTypeUrl
             * @memberof observe.v1.Heartbeat
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Heartbeat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.Heartbeat";
            };

            return Heartbeat;
        })();

        v1.OptimizerConfig = (function() {

            /**
             * Properties of an OptimizerConfig.
             * @typedef {Object} observe.v1.OptimizerConfig.$Properties
             * @property {number|null} [lr] OptimizerConfig lr
             * @property {number|null} [beta1] OptimizerConfig beta1
             * @property {number|null} [beta2] OptimizerConfig beta2
             * @property {number|null} [weightDecay] OptimizerConfig weightDecay
             * @property {number|null} [maxGradNorm] OptimizerConfig maxGradNorm
             * @property {number|null} [eps] OptimizerConfig eps
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OptimizerConfig.
             * @memberof observe.v1
             * @interface IOptimizerConfig
             * @augments observe.v1.OptimizerConfig.$Properties
             * @deprecated Use observe.v1.OptimizerConfig.$Properties instead.
             */

            /**
             * Shape of an OptimizerConfig.
             * @typedef {observe.v1.OptimizerConfig.$Properties} observe.v1.OptimizerConfig.$Shape
             */

            /**
             * Constructs a new OptimizerConfig.
             * @memberof observe.v1
             * @classdesc Represents an OptimizerConfig.
             * @constructor
             * @param {observe.v1.OptimizerConfig.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OptimizerConfig = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * OptimizerConfig lr.
             * @member {number|null|undefined} lr
             * @memberof observe.v1.OptimizerConfig
             * @instance
             */
            OptimizerConfig.prototype.lr = null;

            /**
             * OptimizerConfig beta1.
             * @member {number|null|undefined} beta1
             * @memberof observe.v1.OptimizerConfig
             * @instance
             */
            OptimizerConfig.prototype.beta1 = null;

            /**
             * OptimizerConfig beta2.
             * @member {number|null|undefined} beta2
             * @memberof observe.v1.OptimizerConfig
             * @instance
             */
            OptimizerConfig.prototype.beta2 = null;

            /**
             * OptimizerConfig weightDecay.
             * @member {number|null|undefined} weightDecay
             * @memberof observe.v1.OptimizerConfig
             * @instance
             */
            OptimizerConfig.prototype.weightDecay = null;

            /**
             * OptimizerConfig maxGradNorm.
             * @member {number|null|undefined} maxGradNorm
             * @memberof observe.v1.OptimizerConfig
             * @instance
             */
            OptimizerConfig.prototype.maxGradNorm = null;

            /**
             * OptimizerConfig eps.
             * @member {number|null|undefined} eps
             * @memberof observe.v1.OptimizerConfig
             * @instance
             */
            OptimizerConfig.prototype.eps = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(OptimizerConfig.prototype, "_lr", {
                get: $util.oneOfGetter($oneOfFields = ["lr"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(OptimizerConfig.prototype, "_beta1", {
                get: $util.oneOfGetter($oneOfFields = ["beta1"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(OptimizerConfig.prototype, "_beta2", {
                get: $util.oneOfGetter($oneOfFields = ["beta2"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(OptimizerConfig.prototype, "_weightDecay", {
                get: $util.oneOfGetter($oneOfFields = ["weightDecay"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(OptimizerConfig.prototype, "_maxGradNorm", {
                get: $util.oneOfGetter($oneOfFields = ["maxGradNorm"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(OptimizerConfig.prototype, "_eps", {
                get: $util.oneOfGetter($oneOfFields = ["eps"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new OptimizerConfig instance using the specified properties.
             * @function create
             * @memberof observe.v1.OptimizerConfig
             * @static
             * @param {observe.v1.OptimizerConfig.$Properties=} [properties] Properties to set
             * @returns {observe.v1.OptimizerConfig} OptimizerConfig instance
             * @type {{
             *   (properties: observe.v1.OptimizerConfig.$Shape): observe.v1.OptimizerConfig & observe.v1.OptimizerConfig.$Shape;
             *   (properties?: observe.v1.OptimizerConfig.$Properties): observe.v1.OptimizerConfig;
             * }}
             */
            OptimizerConfig.create = function(properties) {
                return new OptimizerConfig(properties);
            };

            /**
             * Encodes the specified OptimizerConfig message. Does not implicitly {@link observe.v1.OptimizerConfig.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.OptimizerConfig
             * @static
             * @param {observe.v1.OptimizerConfig.$Properties} m OptimizerConfig message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OptimizerConfig.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.lr != null && $Object.hasOwnProperty.call(m, "lr"))
                    w.uint32(/* id 1, wireType 5 =*/13).float(m.lr);
                if (m.beta1 != null && $Object.hasOwnProperty.call(m, "beta1"))
                    w.uint32(/* id 2, wireType 5 =*/21).float(m.beta1);
                if (m.beta2 != null && $Object.hasOwnProperty.call(m, "beta2"))
                    w.uint32(/* id 3, wireType 5 =*/29).float(m.beta2);
                if (m.weightDecay != null && $Object.hasOwnProperty.call(m, "weightDecay"))
                    w.uint32(/* id 4, wireType 5 =*/37).float(m.weightDecay);
                if (m.maxGradNorm != null && $Object.hasOwnProperty.call(m, "maxGradNorm"))
                    w.uint32(/* id 5, wireType 5 =*/45).float(m.maxGradNorm);
                if (m.eps != null && $Object.hasOwnProperty.call(m, "eps"))
                    w.uint32(/* id 6, wireType 5 =*/53).float(m.eps);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an OptimizerConfig message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.OptimizerConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.OptimizerConfig & observe.v1.OptimizerConfig.$Shape} OptimizerConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OptimizerConfig.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.OptimizerConfig();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 5)
                                break;
                            m.lr = r.float();
                            m._lr = "lr";
                            continue;
                        }
                    case 2: {
                            if (u !== 5)
                                break;
                            m.beta1 = r.float();
                            m._beta1 = "beta1";
                            continue;
                        }
                    case 3: {
                            if (u !== 5)
                                break;
                            m.beta2 = r.float();
                            m._beta2 = "beta2";
                            continue;
                        }
                    case 4: {
                            if (u !== 5)
                                break;
                            m.weightDecay = r.float();
                            m._weightDecay = "weightDecay";
                            continue;
                        }
                    case 5: {
                            if (u !== 5)
                                break;
                            m.maxGradNorm = r.float();
                            m._maxGradNorm = "maxGradNorm";
                            continue;
                        }
                    case 6: {
                            if (u !== 5)
                                break;
                            m.eps = r.float();
                            m._eps = "eps";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an OptimizerConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.OptimizerConfig
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.OptimizerConfig} OptimizerConfig
             */
            OptimizerConfig.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.OptimizerConfig)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.OptimizerConfig: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.OptimizerConfig();
                if (d.lr != null) {
                    m.lr = $Number(d.lr);
                }
                if (d.beta1 != null) {
                    m.beta1 = $Number(d.beta1);
                }
                if (d.beta2 != null) {
                    m.beta2 = $Number(d.beta2);
                }
                if (d.weightDecay != null) {
                    m.weightDecay = $Number(d.weightDecay);
                }
                if (d.maxGradNorm != null) {
                    m.maxGradNorm = $Number(d.maxGradNorm);
                }
                if (d.eps != null) {
                    m.eps = $Number(d.eps);
                }
                return m;
            };

            /**
             * Creates a plain object from an OptimizerConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.OptimizerConfig
             * @static
             * @param {observe.v1.OptimizerConfig} m OptimizerConfig
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OptimizerConfig.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.lr != null && $Object.hasOwnProperty.call(m, "lr")) {
                    d.lr = o.json && !$isFinite(m.lr) ? $String(m.lr) : m.lr;
                }
                if (m.beta1 != null && $Object.hasOwnProperty.call(m, "beta1")) {
                    d.beta1 = o.json && !$isFinite(m.beta1) ? $String(m.beta1) : m.beta1;
                }
                if (m.beta2 != null && $Object.hasOwnProperty.call(m, "beta2")) {
                    d.beta2 = o.json && !$isFinite(m.beta2) ? $String(m.beta2) : m.beta2;
                }
                if (m.weightDecay != null && $Object.hasOwnProperty.call(m, "weightDecay")) {
                    d.weightDecay = o.json && !$isFinite(m.weightDecay) ? $String(m.weightDecay) : m.weightDecay;
                }
                if (m.maxGradNorm != null && $Object.hasOwnProperty.call(m, "maxGradNorm")) {
                    d.maxGradNorm = o.json && !$isFinite(m.maxGradNorm) ? $String(m.maxGradNorm) : m.maxGradNorm;
                }
                if (m.eps != null && $Object.hasOwnProperty.call(m, "eps")) {
                    d.eps = o.json && !$isFinite(m.eps) ? $String(m.eps) : m.eps;
                }
                return d;
            };

            /**
             * Converts this OptimizerConfig to JSON.
             * @function toJSON
             * @memberof observe.v1.OptimizerConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OptimizerConfig.prototype.toJSON = function() {
                return OptimizerConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for OptimizerConfig
             * @function getTypeUrl
             * @memberof observe.v1.OptimizerConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OptimizerConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.OptimizerConfig";
            };

            return OptimizerConfig;
        })();

        v1.LoadModelRequest = (function() {

            /**
             * Properties of a LoadModelRequest.
             * @typedef {Object} observe.v1.LoadModelRequest.$Properties
             * @property {string|null} [modelPath] LoadModelRequest modelPath
             * @property {boolean|null} [loadReference] LoadModelRequest loadReference
             * @property {observe.v1.OptimizerConfig.$Properties|null} [optimizer] LoadModelRequest optimizer
             * @property {string|null} [dtype] LoadModelRequest dtype
             * @property {number|null} [minPixels] LoadModelRequest minPixels
             * @property {number|null} [maxPixels] LoadModelRequest maxPixels
             * @property {number|null} [seed] LoadModelRequest seed
             * @property {boolean|null} [gradientCheckpointing] LoadModelRequest gradientCheckpointing
             * @property {observe.v1.LoraConfig.$Properties|null} [lora] LoadModelRequest lora
             * @property {observe.v1.RolloutConfig.$Properties|null} [rollout] LoadModelRequest rollout
             * @property {observe.v1.OffloadConfig.$Properties|null} [offload] LoadModelRequest offload
             * @property {boolean|null} [freezeVisionTower] LoadModelRequest freezeVisionTower
             * @property {boolean|null} [paddingFree] LoadModelRequest paddingFree
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoadModelRequest.
             * @memberof observe.v1
             * @interface ILoadModelRequest
             * @augments observe.v1.LoadModelRequest.$Properties
             * @deprecated Use observe.v1.LoadModelRequest.$Properties instead.
             */

            /**
             * Shape of a LoadModelRequest.
             * @typedef {observe.v1.LoadModelRequest.$Properties} observe.v1.LoadModelRequest.$Shape
             */

            /**
             * Constructs a new LoadModelRequest.
             * @memberof observe.v1
             * @classdesc Represents a LoadModelRequest.
             * @constructor
             * @param {observe.v1.LoadModelRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoadModelRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LoadModelRequest modelPath.
             * @member {string} modelPath
             * @memberof observe.v1.LoadModelRequest
             * @instance
             */
            LoadModelRequest.prototype.modelPath = "";

            /**
             * LoadModelRequest loadReference.
             * @member {boolean} loadReference
             * @memberof observe.v1.LoadModelRequest
             * @instance
             */
            LoadModelRequest.prototype.loadReference = false;

            /**
             * LoadModelRequest optimizer.
             * @member {observe.v1.OptimizerConfig.$Properties|null|undefined} optimizer
             * @memberof observe.v1.LoadModelRequest
             * @instance
             */
            LoadModelRequest.prototype.optimizer = null;

            /**
             * LoadModelRequest dtype.
             * @member {string} dtype
             * @memberof observe.v1.LoadModelRequest
             * @instance
             */
            LoadModelRequest.prototype.dtype = "";

            /**
             * LoadModelRequest minPixels.
             * @member {number} minPixels
             * @memberof observe.v1.LoadModelRequest
             * @instance
             */
            LoadModelRequest.prototype.minPixels = 0;

            /**
             * LoadModelRequest maxPixels.
             * @member {number} maxPixels
             * @memberof observe.v1.LoadModelRequest
             * @instance
             */
            LoadModelRequest.prototype.maxPixels = 0;

            /**
             * LoadModelRequest seed.
             * @member {number} seed
             * @memberof observe.v1.LoadModelRequest
             * @instance
             */
            LoadModelRequest.prototype.seed = 0;

            /**
             * LoadModelRequest gradientCheckpointing.
             * @member {boolean} gradientCheckpointing
             * @memberof observe.v1.LoadModelRequest
             * @instance
             */
            LoadModelRequest.prototype.gradientCheckpointing = false;

            /**
             * LoadModelRequest lora.
             * @member {observe.v1.LoraConfig.$Properties|null|undefined} lora
             * @memberof observe.v1.LoadModelRequest
             * @instance
             */
            LoadModelRequest.prototype.lora = null;

            /**
             * LoadModelRequest rollout.
             * @member {observe.v1.RolloutConfig.$Properties|null|undefined} rollout
             * @memberof observe.v1.LoadModelRequest
             * @instance
             */
            LoadModelRequest.prototype.rollout = null;

            /**
             * LoadModelRequest offload.
             * @member {observe.v1.OffloadConfig.$Properties|null|undefined} offload
             * @memberof observe.v1.LoadModelRequest
             * @instance
             */
            LoadModelRequest.prototype.offload = null;

            /**
             * LoadModelRequest freezeVisionTower.
             * @member {boolean} freezeVisionTower
             * @memberof observe.v1.LoadModelRequest
             * @instance
             */
            LoadModelRequest.prototype.freezeVisionTower = false;

            /**
             * LoadModelRequest paddingFree.
             * @member {boolean} paddingFree
             * @memberof observe.v1.LoadModelRequest
             * @instance
             */
            LoadModelRequest.prototype.paddingFree = false;

            /**
             * Creates a new LoadModelRequest instance using the specified properties.
             * @function create
             * @memberof observe.v1.LoadModelRequest
             * @static
             * @param {observe.v1.LoadModelRequest.$Properties=} [properties] Properties to set
             * @returns {observe.v1.LoadModelRequest} LoadModelRequest instance
             * @type {{
             *   (properties: observe.v1.LoadModelRequest.$Shape): observe.v1.LoadModelRequest & observe.v1.LoadModelRequest.$Shape;
             *   (properties?: observe.v1.LoadModelRequest.$Properties): observe.v1.LoadModelRequest;
             * }}
             */
            LoadModelRequest.create = function(properties) {
                return new LoadModelRequest(properties);
            };

            /**
             * Encodes the specified LoadModelRequest message. Does not implicitly {@link observe.v1.LoadModelRequest.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.LoadModelRequest
             * @static
             * @param {observe.v1.LoadModelRequest.$Properties} m LoadModelRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoadModelRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.modelPath != null && $Object.hasOwnProperty.call(m, "modelPath") && m.modelPath !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.modelPath);
                if (m.loadReference != null && $Object.hasOwnProperty.call(m, "loadReference") && m.loadReference !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.loadReference);
                if (m.optimizer != null && $Object.hasOwnProperty.call(m, "optimizer"))
                    $root.observe.v1.OptimizerConfig.encode(m.optimizer, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.dtype != null && $Object.hasOwnProperty.call(m, "dtype") && m.dtype !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.dtype);
                if (m.minPixels != null && $Object.hasOwnProperty.call(m, "minPixels") && m.minPixels !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.minPixels);
                if (m.maxPixels != null && $Object.hasOwnProperty.call(m, "maxPixels") && m.maxPixels !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.maxPixels);
                if (m.seed != null && $Object.hasOwnProperty.call(m, "seed") && m.seed !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.seed);
                if (m.gradientCheckpointing != null && $Object.hasOwnProperty.call(m, "gradientCheckpointing") && m.gradientCheckpointing !== false)
                    w.uint32(/* id 8, wireType 0 =*/64).bool(m.gradientCheckpointing);
                if (m.lora != null && $Object.hasOwnProperty.call(m, "lora"))
                    $root.observe.v1.LoraConfig.encode(m.lora, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (m.rollout != null && $Object.hasOwnProperty.call(m, "rollout"))
                    $root.observe.v1.RolloutConfig.encode(m.rollout, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.offload != null && $Object.hasOwnProperty.call(m, "offload"))
                    $root.observe.v1.OffloadConfig.encode(m.offload, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.freezeVisionTower != null && $Object.hasOwnProperty.call(m, "freezeVisionTower") && m.freezeVisionTower !== false)
                    w.uint32(/* id 12, wireType 0 =*/96).bool(m.freezeVisionTower);
                if (m.paddingFree != null && $Object.hasOwnProperty.call(m, "paddingFree") && m.paddingFree !== false)
                    w.uint32(/* id 13, wireType 0 =*/104).bool(m.paddingFree);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LoadModelRequest message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.LoadModelRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.LoadModelRequest & observe.v1.LoadModelRequest.$Shape} LoadModelRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoadModelRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.LoadModelRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.modelPath = v;
                            else
                                delete m.modelPath;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.loadReference = v;
                            else
                                delete m.loadReference;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.optimizer = $root.observe.v1.OptimizerConfig.decode(r, r.size(), $undefined, q + 1, m.optimizer);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.dtype = v;
                            else
                                delete m.dtype;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.minPixels = v;
                            else
                                delete m.minPixels;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxPixels = v;
                            else
                                delete m.maxPixels;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.seed = v;
                            else
                                delete m.seed;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.gradientCheckpointing = v;
                            else
                                delete m.gradientCheckpointing;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            m.lora = $root.observe.v1.LoraConfig.decode(r, r.size(), $undefined, q + 1, m.lora);
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.rollout = $root.observe.v1.RolloutConfig.decode(r, r.size(), $undefined, q + 1, m.rollout);
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.offload = $root.observe.v1.OffloadConfig.decode(r, r.size(), $undefined, q + 1, m.offload);
                            continue;
                        }
                    case 12: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.freezeVisionTower = v;
                            else
                                delete m.freezeVisionTower;
                            continue;
                        }
                    case 13: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.paddingFree = v;
                            else
                                delete m.paddingFree;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a LoadModelRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.LoadModelRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.LoadModelRequest} LoadModelRequest
             */
            LoadModelRequest.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.LoadModelRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.LoadModelRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.LoadModelRequest();
                if (d.modelPath != null) {
                    if (typeof d.modelPath !== "string" || d.modelPath.length) {
                        m.modelPath = $String(d.modelPath);
                    }
                }
                if (d.loadReference != null) {
                    if (d.loadReference) {
                        m.loadReference = $Boolean(d.loadReference);
                    }
                }
                if (d.optimizer != null) {
                    if (!$util.isObject(d.optimizer))
                        throw $TypeError(".observe.v1.LoadModelRequest.optimizer: object expected");
                    m.optimizer = $root.observe.v1.OptimizerConfig.fromObject(d.optimizer, q + 1);
                }
                if (d.dtype != null) {
                    if (typeof d.dtype !== "string" || d.dtype.length) {
                        m.dtype = $String(d.dtype);
                    }
                }
                if (d.minPixels != null) {
                    if ($Number(d.minPixels) !== 0) {
                        m.minPixels = d.minPixels >>> 0;
                    }
                }
                if (d.maxPixels != null) {
                    if ($Number(d.maxPixels) !== 0) {
                        m.maxPixels = d.maxPixels >>> 0;
                    }
                }
                if (d.seed != null) {
                    if ($Number(d.seed) !== 0) {
                        m.seed = d.seed >>> 0;
                    }
                }
                if (d.gradientCheckpointing != null) {
                    if (d.gradientCheckpointing) {
                        m.gradientCheckpointing = $Boolean(d.gradientCheckpointing);
                    }
                }
                if (d.lora != null) {
                    if (!$util.isObject(d.lora))
                        throw $TypeError(".observe.v1.LoadModelRequest.lora: object expected");
                    m.lora = $root.observe.v1.LoraConfig.fromObject(d.lora, q + 1);
                }
                if (d.rollout != null) {
                    if (!$util.isObject(d.rollout))
                        throw $TypeError(".observe.v1.LoadModelRequest.rollout: object expected");
                    m.rollout = $root.observe.v1.RolloutConfig.fromObject(d.rollout, q + 1);
                }
                if (d.offload != null) {
                    if (!$util.isObject(d.offload))
                        throw $TypeError(".observe.v1.LoadModelRequest.offload: object expected");
                    m.offload = $root.observe.v1.OffloadConfig.fromObject(d.offload, q + 1);
                }
                if (d.freezeVisionTower != null) {
                    if (d.freezeVisionTower) {
                        m.freezeVisionTower = $Boolean(d.freezeVisionTower);
                    }
                }
                if (d.paddingFree != null) {
                    if (d.paddingFree) {
                        m.paddingFree = $Boolean(d.paddingFree);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LoadModelRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.LoadModelRequest
             * @static
             * @param {observe.v1.LoadModelRequest} m LoadModelRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoadModelRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.modelPath = "";
                    d.loadReference = false;
                    d.optimizer = null;
                    d.dtype = "";
                    d.minPixels = 0;
                    d.maxPixels = 0;
                    d.seed = 0;
                    d.gradientCheckpointing = false;
                    d.lora = null;
                    d.rollout = null;
                    d.offload = null;
                    d.freezeVisionTower = false;
                    d.paddingFree = false;
                }
                if (m.modelPath != null && $Object.hasOwnProperty.call(m, "modelPath")) {
                    d.modelPath = m.modelPath;
                }
                if (m.loadReference != null && $Object.hasOwnProperty.call(m, "loadReference")) {
                    d.loadReference = m.loadReference;
                }
                if (m.optimizer != null && $Object.hasOwnProperty.call(m, "optimizer")) {
                    d.optimizer = $root.observe.v1.OptimizerConfig.toObject(m.optimizer, o, q + 1);
                }
                if (m.dtype != null && $Object.hasOwnProperty.call(m, "dtype")) {
                    d.dtype = m.dtype;
                }
                if (m.minPixels != null && $Object.hasOwnProperty.call(m, "minPixels")) {
                    d.minPixels = m.minPixels;
                }
                if (m.maxPixels != null && $Object.hasOwnProperty.call(m, "maxPixels")) {
                    d.maxPixels = m.maxPixels;
                }
                if (m.seed != null && $Object.hasOwnProperty.call(m, "seed")) {
                    d.seed = m.seed;
                }
                if (m.gradientCheckpointing != null && $Object.hasOwnProperty.call(m, "gradientCheckpointing")) {
                    d.gradientCheckpointing = m.gradientCheckpointing;
                }
                if (m.lora != null && $Object.hasOwnProperty.call(m, "lora")) {
                    d.lora = $root.observe.v1.LoraConfig.toObject(m.lora, o, q + 1);
                }
                if (m.rollout != null && $Object.hasOwnProperty.call(m, "rollout")) {
                    d.rollout = $root.observe.v1.RolloutConfig.toObject(m.rollout, o, q + 1);
                }
                if (m.offload != null && $Object.hasOwnProperty.call(m, "offload")) {
                    d.offload = $root.observe.v1.OffloadConfig.toObject(m.offload, o, q + 1);
                }
                if (m.freezeVisionTower != null && $Object.hasOwnProperty.call(m, "freezeVisionTower")) {
                    d.freezeVisionTower = m.freezeVisionTower;
                }
                if (m.paddingFree != null && $Object.hasOwnProperty.call(m, "paddingFree")) {
                    d.paddingFree = m.paddingFree;
                }
                return d;
            };

            /**
             * Converts this LoadModelRequest to JSON.
             * @function toJSON
             * @memberof observe.v1.LoadModelRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoadModelRequest.prototype.toJSON = function() {
                return LoadModelRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LoadModelRequest
             * @function getTypeUrl
             * @memberof observe.v1.LoadModelRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LoadModelRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.LoadModelRequest";
            };

            return LoadModelRequest;
        })();

        v1.RolloutConfig = (function() {

            /**
             * Properties of a RolloutConfig.
             * @typedef {Object} observe.v1.RolloutConfig.$Properties
             * @property {string|null} [engine] RolloutConfig engine
             * @property {number|null} [gpuMemoryUtilization] RolloutConfig gpuMemoryUtilization
             * @property {number|null} [tensorParallelSize] RolloutConfig tensorParallelSize
             * @property {number|null} [maxModelLen] RolloutConfig maxModelLen
             * @property {number|null} [maxImagesPerPrompt] RolloutConfig maxImagesPerPrompt
             * @property {boolean|null} [enforceEager] RolloutConfig enforceEager
             * @property {boolean|null} [freeCacheEngine] RolloutConfig freeCacheEngine
             * @property {number|Long|null} [weightBucketBytes] RolloutConfig weightBucketBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RolloutConfig.
             * @memberof observe.v1
             * @interface IRolloutConfig
             * @augments observe.v1.RolloutConfig.$Properties
             * @deprecated Use observe.v1.RolloutConfig.$Properties instead.
             */

            /**
             * Shape of a RolloutConfig.
             * @typedef {observe.v1.RolloutConfig.$Properties} observe.v1.RolloutConfig.$Shape
             */

            /**
             * Constructs a new RolloutConfig.
             * @memberof observe.v1
             * @classdesc Represents a RolloutConfig.
             * @constructor
             * @param {observe.v1.RolloutConfig.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RolloutConfig = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RolloutConfig engine.
             * @member {string} engine
             * @memberof observe.v1.RolloutConfig
             * @instance
             */
            RolloutConfig.prototype.engine = "";

            /**
             * RolloutConfig gpuMemoryUtilization.
             * @member {number} gpuMemoryUtilization
             * @memberof observe.v1.RolloutConfig
             * @instance
             */
            RolloutConfig.prototype.gpuMemoryUtilization = 0;

            /**
             * RolloutConfig tensorParallelSize.
             * @member {number} tensorParallelSize
             * @memberof observe.v1.RolloutConfig
             * @instance
             */
            RolloutConfig.prototype.tensorParallelSize = 0;

            /**
             * RolloutConfig maxModelLen.
             * @member {number} maxModelLen
             * @memberof observe.v1.RolloutConfig
             * @instance
             */
            RolloutConfig.prototype.maxModelLen = 0;

            /**
             * RolloutConfig maxImagesPerPrompt.
             * @member {number} maxImagesPerPrompt
             * @memberof observe.v1.RolloutConfig
             * @instance
             */
            RolloutConfig.prototype.maxImagesPerPrompt = 0;

            /**
             * RolloutConfig enforceEager.
             * @member {boolean} enforceEager
             * @memberof observe.v1.RolloutConfig
             * @instance
             */
            RolloutConfig.prototype.enforceEager = false;

            /**
             * RolloutConfig freeCacheEngine.
             * @member {boolean} freeCacheEngine
             * @memberof observe.v1.RolloutConfig
             * @instance
             */
            RolloutConfig.prototype.freeCacheEngine = false;

            /**
             * RolloutConfig weightBucketBytes.
             * @member {number|Long} weightBucketBytes
             * @memberof observe.v1.RolloutConfig
             * @instance
             */
            RolloutConfig.prototype.weightBucketBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new RolloutConfig instance using the specified properties.
             * @function create
             * @memberof observe.v1.RolloutConfig
             * @static
             * @param {observe.v1.RolloutConfig.$Properties=} [properties] Properties to set
             * @returns {observe.v1.RolloutConfig} RolloutConfig instance
             * @type {{
             *   (properties: observe.v1.RolloutConfig.$Shape): observe.v1.RolloutConfig & observe.v1.RolloutConfig.$Shape;
             *   (properties?: observe.v1.RolloutConfig.$Properties): observe.v1.RolloutConfig;
             * }}
             */
            RolloutConfig.create = function(properties) {
                return new RolloutConfig(properties);
            };

            /**
             * Encodes the specified RolloutConfig message. Does not implicitly {@link observe.v1.RolloutConfig.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.RolloutConfig
             * @static
             * @param {observe.v1.RolloutConfig.$Properties} m RolloutConfig message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RolloutConfig.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.engine != null && $Object.hasOwnProperty.call(m, "engine") && m.engine !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.engine);
                if (m.gpuMemoryUtilization != null && $Object.hasOwnProperty.call(m, "gpuMemoryUtilization") && !$Object.is(m.gpuMemoryUtilization, 0))
                    w.uint32(/* id 2, wireType 5 =*/21).float(m.gpuMemoryUtilization);
                if (m.tensorParallelSize != null && $Object.hasOwnProperty.call(m, "tensorParallelSize") && m.tensorParallelSize !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.tensorParallelSize);
                if (m.maxModelLen != null && $Object.hasOwnProperty.call(m, "maxModelLen") && m.maxModelLen !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.maxModelLen);
                if (m.maxImagesPerPrompt != null && $Object.hasOwnProperty.call(m, "maxImagesPerPrompt") && m.maxImagesPerPrompt !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.maxImagesPerPrompt);
                if (m.enforceEager != null && $Object.hasOwnProperty.call(m, "enforceEager") && m.enforceEager !== false)
                    w.uint32(/* id 6, wireType 0 =*/48).bool(m.enforceEager);
                if (m.freeCacheEngine != null && $Object.hasOwnProperty.call(m, "freeCacheEngine") && m.freeCacheEngine !== false)
                    w.uint32(/* id 7, wireType 0 =*/56).bool(m.freeCacheEngine);
                if (m.weightBucketBytes != null && $Object.hasOwnProperty.call(m, "weightBucketBytes") && (typeof m.weightBucketBytes === "object" ? m.weightBucketBytes.low || m.weightBucketBytes.high : m.weightBucketBytes !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).uint64(m.weightBucketBytes);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RolloutConfig message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.RolloutConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.RolloutConfig & observe.v1.RolloutConfig.$Shape} RolloutConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RolloutConfig.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.RolloutConfig();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.engine = v;
                            else
                                delete m.engine;
                            continue;
                        }
                    case 2: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.gpuMemoryUtilization = v;
                            else
                                delete m.gpuMemoryUtilization;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.tensorParallelSize = v;
                            else
                                delete m.tensorParallelSize;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxModelLen = v;
                            else
                                delete m.maxModelLen;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxImagesPerPrompt = v;
                            else
                                delete m.maxImagesPerPrompt;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.enforceEager = v;
                            else
                                delete m.enforceEager;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.freeCacheEngine = v;
                            else
                                delete m.freeCacheEngine;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.weightBucketBytes = v;
                            else
                                delete m.weightBucketBytes;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a RolloutConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.RolloutConfig
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.RolloutConfig} RolloutConfig
             */
            RolloutConfig.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.RolloutConfig)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.RolloutConfig: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.RolloutConfig();
                if (d.engine != null) {
                    if (typeof d.engine !== "string" || d.engine.length) {
                        m.engine = $String(d.engine);
                    }
                }
                if (d.gpuMemoryUtilization != null) {
                    if (!$Object.is($Number(d.gpuMemoryUtilization), 0)) {
                        m.gpuMemoryUtilization = $Number(d.gpuMemoryUtilization);
                    }
                }
                if (d.tensorParallelSize != null) {
                    if ($Number(d.tensorParallelSize) !== 0) {
                        m.tensorParallelSize = d.tensorParallelSize >>> 0;
                    }
                }
                if (d.maxModelLen != null) {
                    if ($Number(d.maxModelLen) !== 0) {
                        m.maxModelLen = d.maxModelLen >>> 0;
                    }
                }
                if (d.maxImagesPerPrompt != null) {
                    if ($Number(d.maxImagesPerPrompt) !== 0) {
                        m.maxImagesPerPrompt = d.maxImagesPerPrompt >>> 0;
                    }
                }
                if (d.enforceEager != null) {
                    if (d.enforceEager) {
                        m.enforceEager = $Boolean(d.enforceEager);
                    }
                }
                if (d.freeCacheEngine != null) {
                    if (d.freeCacheEngine) {
                        m.freeCacheEngine = $Boolean(d.freeCacheEngine);
                    }
                }
                if (d.weightBucketBytes != null) {
                    if (typeof d.weightBucketBytes === "object" ? d.weightBucketBytes.low || d.weightBucketBytes.high : $Number(d.weightBucketBytes) !== 0) {
                        if ($util.Long)
                            m.weightBucketBytes = $util.Long.fromValue(d.weightBucketBytes, true);
                        else if (typeof d.weightBucketBytes === "string")
                            m.weightBucketBytes = $parseInt(d.weightBucketBytes, 10);
                        else if (typeof d.weightBucketBytes === "number")
                            m.weightBucketBytes = d.weightBucketBytes;
                        else if (typeof d.weightBucketBytes === "object")
                            m.weightBucketBytes = new $util.LongBits(d.weightBucketBytes.low >>> 0, d.weightBucketBytes.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RolloutConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.RolloutConfig
             * @static
             * @param {observe.v1.RolloutConfig} m RolloutConfig
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RolloutConfig.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.engine = "";
                    d.gpuMemoryUtilization = 0;
                    d.tensorParallelSize = 0;
                    d.maxModelLen = 0;
                    d.maxImagesPerPrompt = 0;
                    d.enforceEager = false;
                    d.freeCacheEngine = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.weightBucketBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.weightBucketBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.engine != null && $Object.hasOwnProperty.call(m, "engine")) {
                    d.engine = m.engine;
                }
                if (m.gpuMemoryUtilization != null && $Object.hasOwnProperty.call(m, "gpuMemoryUtilization")) {
                    d.gpuMemoryUtilization = o.json && !$isFinite(m.gpuMemoryUtilization) ? $String(m.gpuMemoryUtilization) : m.gpuMemoryUtilization;
                }
                if (m.tensorParallelSize != null && $Object.hasOwnProperty.call(m, "tensorParallelSize")) {
                    d.tensorParallelSize = m.tensorParallelSize;
                }
                if (m.maxModelLen != null && $Object.hasOwnProperty.call(m, "maxModelLen")) {
                    d.maxModelLen = m.maxModelLen;
                }
                if (m.maxImagesPerPrompt != null && $Object.hasOwnProperty.call(m, "maxImagesPerPrompt")) {
                    d.maxImagesPerPrompt = m.maxImagesPerPrompt;
                }
                if (m.enforceEager != null && $Object.hasOwnProperty.call(m, "enforceEager")) {
                    d.enforceEager = m.enforceEager;
                }
                if (m.freeCacheEngine != null && $Object.hasOwnProperty.call(m, "freeCacheEngine")) {
                    d.freeCacheEngine = m.freeCacheEngine;
                }
                if (m.weightBucketBytes != null && $Object.hasOwnProperty.call(m, "weightBucketBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.weightBucketBytes = typeof m.weightBucketBytes === "number" ? $BigInt(m.weightBucketBytes) : $util.Long.fromBits(m.weightBucketBytes.low >>> 0, m.weightBucketBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.weightBucketBytes === "number")
                        d.weightBucketBytes = o.longs === $String ? $String(m.weightBucketBytes) : m.weightBucketBytes;
                    else
                        d.weightBucketBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.weightBucketBytes) : o.longs === $Number ? new $util.LongBits(m.weightBucketBytes.low >>> 0, m.weightBucketBytes.high >>> 0).toNumber(true) : m.weightBucketBytes;
                }
                return d;
            };

            /**
             * Converts this RolloutConfig to JSON.
             * @function toJSON
             * @memberof observe.v1.RolloutConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RolloutConfig.prototype.toJSON = function() {
                return RolloutConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RolloutConfig
             * @function getTypeUrl
             * @memberof observe.v1.RolloutConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RolloutConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.RolloutConfig";
            };

            return RolloutConfig;
        })();

        v1.OffloadConfig = (function() {

            /**
             * Properties of an OffloadConfig.
             * @typedef {Object} observe.v1.OffloadConfig.$Properties
             * @property {boolean|null} [offloadParams] OffloadConfig offloadParams
             * @property {boolean|null} [offloadOptimizer] OffloadConfig offloadOptimizer
             * @property {boolean|null} [offloadReference] OffloadConfig offloadReference
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffloadConfig.
             * @memberof observe.v1
             * @interface IOffloadConfig
             * @augments observe.v1.OffloadConfig.$Properties
             * @deprecated Use observe.v1.OffloadConfig.$Properties instead.
             */

            /**
             * Shape of an OffloadConfig.
             * @typedef {observe.v1.OffloadConfig.$Properties} observe.v1.OffloadConfig.$Shape
             */

            /**
             * Constructs a new OffloadConfig.
             * @memberof observe.v1
             * @classdesc Represents an OffloadConfig.
             * @constructor
             * @param {observe.v1.OffloadConfig.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffloadConfig = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * OffloadConfig offloadParams.
             * @member {boolean} offloadParams
             * @memberof observe.v1.OffloadConfig
             * @instance
             */
            OffloadConfig.prototype.offloadParams = false;

            /**
             * OffloadConfig offloadOptimizer.
             * @member {boolean} offloadOptimizer
             * @memberof observe.v1.OffloadConfig
             * @instance
             */
            OffloadConfig.prototype.offloadOptimizer = false;

            /**
             * OffloadConfig offloadReference.
             * @member {boolean} offloadReference
             * @memberof observe.v1.OffloadConfig
             * @instance
             */
            OffloadConfig.prototype.offloadReference = false;

            /**
             * Creates a new OffloadConfig instance using the specified properties.
             * @function create
             * @memberof observe.v1.OffloadConfig
             * @static
             * @param {observe.v1.OffloadConfig.$Properties=} [properties] Properties to set
             * @returns {observe.v1.OffloadConfig} OffloadConfig instance
             * @type {{
             *   (properties: observe.v1.OffloadConfig.$Shape): observe.v1.OffloadConfig & observe.v1.OffloadConfig.$Shape;
             *   (properties?: observe.v1.OffloadConfig.$Properties): observe.v1.OffloadConfig;
             * }}
             */
            OffloadConfig.create = function(properties) {
                return new OffloadConfig(properties);
            };

            /**
             * Encodes the specified OffloadConfig message. Does not implicitly {@link observe.v1.OffloadConfig.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.OffloadConfig
             * @static
             * @param {observe.v1.OffloadConfig.$Properties} m OffloadConfig message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffloadConfig.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.offloadParams != null && $Object.hasOwnProperty.call(m, "offloadParams") && m.offloadParams !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.offloadParams);
                if (m.offloadOptimizer != null && $Object.hasOwnProperty.call(m, "offloadOptimizer") && m.offloadOptimizer !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.offloadOptimizer);
                if (m.offloadReference != null && $Object.hasOwnProperty.call(m, "offloadReference") && m.offloadReference !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.offloadReference);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an OffloadConfig message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.OffloadConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.OffloadConfig & observe.v1.OffloadConfig.$Shape} OffloadConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffloadConfig.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.OffloadConfig();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.offloadParams = v;
                            else
                                delete m.offloadParams;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.offloadOptimizer = v;
                            else
                                delete m.offloadOptimizer;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.offloadReference = v;
                            else
                                delete m.offloadReference;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an OffloadConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.OffloadConfig
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.OffloadConfig} OffloadConfig
             */
            OffloadConfig.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.OffloadConfig)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.OffloadConfig: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.OffloadConfig();
                if (d.offloadParams != null) {
                    if (d.offloadParams) {
                        m.offloadParams = $Boolean(d.offloadParams);
                    }
                }
                if (d.offloadOptimizer != null) {
                    if (d.offloadOptimizer) {
                        m.offloadOptimizer = $Boolean(d.offloadOptimizer);
                    }
                }
                if (d.offloadReference != null) {
                    if (d.offloadReference) {
                        m.offloadReference = $Boolean(d.offloadReference);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an OffloadConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.OffloadConfig
             * @static
             * @param {observe.v1.OffloadConfig} m OffloadConfig
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OffloadConfig.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.offloadParams = false;
                    d.offloadOptimizer = false;
                    d.offloadReference = false;
                }
                if (m.offloadParams != null && $Object.hasOwnProperty.call(m, "offloadParams")) {
                    d.offloadParams = m.offloadParams;
                }
                if (m.offloadOptimizer != null && $Object.hasOwnProperty.call(m, "offloadOptimizer")) {
                    d.offloadOptimizer = m.offloadOptimizer;
                }
                if (m.offloadReference != null && $Object.hasOwnProperty.call(m, "offloadReference")) {
                    d.offloadReference = m.offloadReference;
                }
                return d;
            };

            /**
             * Converts this OffloadConfig to JSON.
             * @function toJSON
             * @memberof observe.v1.OffloadConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OffloadConfig.prototype.toJSON = function() {
                return OffloadConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for OffloadConfig
             * @function getTypeUrl
             * @memberof observe.v1.OffloadConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OffloadConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.OffloadConfig";
            };

            return OffloadConfig;
        })();

        v1.LoraConfig = (function() {

            /**
             * Properties of a LoraConfig.
             * @typedef {Object} observe.v1.LoraConfig.$Properties
             * @property {number|null} [rank] LoraConfig rank
             * @property {number|null} [alpha] LoraConfig alpha
             * @property {Array.<string>|null} [targetModules] LoraConfig targetModules
             * @property {number|null} [dropout] LoraConfig dropout
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoraConfig.
             * @memberof observe.v1
             * @interface ILoraConfig
             * @augments observe.v1.LoraConfig.$Properties
             * @deprecated Use observe.v1.LoraConfig.$Properties instead.
             */

            /**
             * Shape of a LoraConfig.
             * @typedef {observe.v1.LoraConfig.$Properties} observe.v1.LoraConfig.$Shape
             */

            /**
             * Constructs a new LoraConfig.
             * @memberof observe.v1
             * @classdesc Represents a LoraConfig.
             * @constructor
             * @param {observe.v1.LoraConfig.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoraConfig = function (p) {
                this.targetModules = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LoraConfig rank.
             * @member {number} rank
             * @memberof observe.v1.LoraConfig
             * @instance
             */
            LoraConfig.prototype.rank = 0;

            /**
             * LoraConfig alpha.
             * @member {number} alpha
             * @memberof observe.v1.LoraConfig
             * @instance
             */
            LoraConfig.prototype.alpha = 0;

            /**
             * LoraConfig targetModules.
             * @member {Array.<string>} targetModules
             * @memberof observe.v1.LoraConfig
             * @instance
             */
            LoraConfig.prototype.targetModules = $util.emptyArray;

            /**
             * LoraConfig dropout.
             * @member {number} dropout
             * @memberof observe.v1.LoraConfig
             * @instance
             */
            LoraConfig.prototype.dropout = 0;

            /**
             * Creates a new LoraConfig instance using the specified properties.
             * @function create
             * @memberof observe.v1.LoraConfig
             * @static
             * @param {observe.v1.LoraConfig.$Properties=} [properties] Properties to set
             * @returns {observe.v1.LoraConfig} LoraConfig instance
             * @type {{
             *   (properties: observe.v1.LoraConfig.$Shape): observe.v1.LoraConfig & observe.v1.LoraConfig.$Shape;
             *   (properties?: observe.v1.LoraConfig.$Properties): observe.v1.LoraConfig;
             * }}
             */
            LoraConfig.create = function(properties) {
                return new LoraConfig(properties);
            };

            /**
             * Encodes the specified LoraConfig message. Does not implicitly {@link observe.v1.LoraConfig.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.LoraConfig
             * @static
             * @param {observe.v1.LoraConfig.$Properties} m LoraConfig message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoraConfig.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.rank != null && $Object.hasOwnProperty.call(m, "rank") && m.rank !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.rank);
                if (m.alpha != null && $Object.hasOwnProperty.call(m, "alpha") && !$Object.is(m.alpha, 0))
                    w.uint32(/* id 2, wireType 5 =*/21).float(m.alpha);
                if (m.targetModules != null && m.targetModules.length) {
                    for (var i = 0; i < m.targetModules.length; ++i)
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.targetModules[i]);
                }
                if (m.dropout != null && $Object.hasOwnProperty.call(m, "dropout") && !$Object.is(m.dropout, 0))
                    w.uint32(/* id 4, wireType 5 =*/37).float(m.dropout);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LoraConfig message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.LoraConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.LoraConfig & observe.v1.LoraConfig.$Shape} LoraConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoraConfig.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.LoraConfig();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.rank = v;
                            else
                                delete m.rank;
                            continue;
                        }
                    case 2: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.alpha = v;
                            else
                                delete m.alpha;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.targetModules && m.targetModules.length))
                                m.targetModules = [];
                            m.targetModules.push(r.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.dropout = v;
                            else
                                delete m.dropout;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a LoraConfig message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.LoraConfig
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.LoraConfig} LoraConfig
             */
            LoraConfig.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.LoraConfig)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.LoraConfig: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.LoraConfig();
                if (d.rank != null) {
                    if ($Number(d.rank) !== 0) {
                        m.rank = d.rank >>> 0;
                    }
                }
                if (d.alpha != null) {
                    if (!$Object.is($Number(d.alpha), 0)) {
                        m.alpha = $Number(d.alpha);
                    }
                }
                if (d.targetModules) {
                    if (!$Array.isArray(d.targetModules))
                        throw $TypeError(".observe.v1.LoraConfig.targetModules: array expected");
                    m.targetModules = $Array(d.targetModules.length);
                    for (var i = 0; i < d.targetModules.length; ++i) {
                        m.targetModules[i] = $String(d.targetModules[i]);
                    }
                }
                if (d.dropout != null) {
                    if (!$Object.is($Number(d.dropout), 0)) {
                        m.dropout = $Number(d.dropout);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LoraConfig message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.LoraConfig
             * @static
             * @param {observe.v1.LoraConfig} m LoraConfig
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoraConfig.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.targetModules = [];
                }
                if (o.defaults) {
                    d.rank = 0;
                    d.alpha = 0;
                    d.dropout = 0;
                }
                if (m.rank != null && $Object.hasOwnProperty.call(m, "rank")) {
                    d.rank = m.rank;
                }
                if (m.alpha != null && $Object.hasOwnProperty.call(m, "alpha")) {
                    d.alpha = o.json && !$isFinite(m.alpha) ? $String(m.alpha) : m.alpha;
                }
                if (m.targetModules && m.targetModules.length) {
                    d.targetModules = $Array(m.targetModules.length);
                    for (var j = 0; j < m.targetModules.length; ++j) {
                        d.targetModules[j] = m.targetModules[j];
                    }
                }
                if (m.dropout != null && $Object.hasOwnProperty.call(m, "dropout")) {
                    d.dropout = o.json && !$isFinite(m.dropout) ? $String(m.dropout) : m.dropout;
                }
                return d;
            };

            /**
             * Converts this LoraConfig to JSON.
             * @function toJSON
             * @memberof observe.v1.LoraConfig
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoraConfig.prototype.toJSON = function() {
                return LoraConfig.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LoraConfig
             * @function getTypeUrl
             * @memberof observe.v1.LoraConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LoraConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.LoraConfig";
            };

            return LoraConfig;
        })();

        v1.LoadModelReply = (function() {

            /**
             * Properties of a LoadModelReply.
             * @typedef {Object} observe.v1.LoadModelReply.$Properties
             * @property {string|null} [modelType] LoadModelReply modelType
             * @property {number|Long|null} [numParameters] LoadModelReply numParameters
             * @property {string|null} [device] LoadModelReply device
             * @property {string|null} [dtype] LoadModelReply dtype
             * @property {number|null} [vocabSize] LoadModelReply vocabSize
             * @property {number|null} [eosTokenId] LoadModelReply eosTokenId
             * @property {number|null} [padTokenId] LoadModelReply padTokenId
             * @property {number|null} [worldSize] LoadModelReply worldSize
             * @property {string|null} [sharding] LoadModelReply sharding
             * @property {string|null} [rolloutEngine] LoadModelReply rolloutEngine
             * @property {boolean|null} [paddingFree] LoadModelReply paddingFree
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoadModelReply.
             * @memberof observe.v1
             * @interface ILoadModelReply
             * @augments observe.v1.LoadModelReply.$Properties
             * @deprecated Use observe.v1.LoadModelReply.$Properties instead.
             */

            /**
             * Shape of a LoadModelReply.
             * @typedef {observe.v1.LoadModelReply.$Properties} observe.v1.LoadModelReply.$Shape
             */

            /**
             * Constructs a new LoadModelReply.
             * @memberof observe.v1
             * @classdesc Represents a LoadModelReply.
             * @constructor
             * @param {observe.v1.LoadModelReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoadModelReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LoadModelReply modelType.
             * @member {string} modelType
             * @memberof observe.v1.LoadModelReply
             * @instance
             */
            LoadModelReply.prototype.modelType = "";

            /**
             * LoadModelReply numParameters.
             * @member {number|Long} numParameters
             * @memberof observe.v1.LoadModelReply
             * @instance
             */
            LoadModelReply.prototype.numParameters = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LoadModelReply device.
             * @member {string} device
             * @memberof observe.v1.LoadModelReply
             * @instance
             */
            LoadModelReply.prototype.device = "";

            /**
             * LoadModelReply dtype.
             * @member {string} dtype
             * @memberof observe.v1.LoadModelReply
             * @instance
             */
            LoadModelReply.prototype.dtype = "";

            /**
             * LoadModelReply vocabSize.
             * @member {number} vocabSize
             * @memberof observe.v1.LoadModelReply
             * @instance
             */
            LoadModelReply.prototype.vocabSize = 0;

            /**
             * LoadModelReply eosTokenId.
             * @member {number} eosTokenId
             * @memberof observe.v1.LoadModelReply
             * @instance
             */
            LoadModelReply.prototype.eosTokenId = 0;

            /**
             * LoadModelReply padTokenId.
             * @member {number} padTokenId
             * @memberof observe.v1.LoadModelReply
             * @instance
             */
            LoadModelReply.prototype.padTokenId = 0;

            /**
             * LoadModelReply worldSize.
             * @member {number} worldSize
             * @memberof observe.v1.LoadModelReply
             * @instance
             */
            LoadModelReply.prototype.worldSize = 0;

            /**
             * LoadModelReply sharding.
             * @member {string} sharding
             * @memberof observe.v1.LoadModelReply
             * @instance
             */
            LoadModelReply.prototype.sharding = "";

            /**
             * LoadModelReply rolloutEngine.
             * @member {string} rolloutEngine
             * @memberof observe.v1.LoadModelReply
             * @instance
             */
            LoadModelReply.prototype.rolloutEngine = "";

            /**
             * LoadModelReply paddingFree.
             * @member {boolean} paddingFree
             * @memberof observe.v1.LoadModelReply
             * @instance
             */
            LoadModelReply.prototype.paddingFree = false;

            /**
             * Creates a new LoadModelReply instance using the specified properties.
             * @function create
             * @memberof observe.v1.LoadModelReply
             * @static
             * @param {observe.v1.LoadModelReply.$Properties=} [properties] Properties to set
             * @returns {observe.v1.LoadModelReply} LoadModelReply instance
             * @type {{
             *   (properties: observe.v1.LoadModelReply.$Shape): observe.v1.LoadModelReply & observe.v1.LoadModelReply.$Shape;
             *   (properties?: observe.v1.LoadModelReply.$Properties): observe.v1.LoadModelReply;
             * }}
             */
            LoadModelReply.create = function(properties) {
                return new LoadModelReply(properties);
            };

            /**
             * Encodes the specified LoadModelReply message. Does not implicitly {@link observe.v1.LoadModelReply.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.LoadModelReply
             * @static
             * @param {observe.v1.LoadModelReply.$Properties} m LoadModelReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoadModelReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.modelType != null && $Object.hasOwnProperty.call(m, "modelType") && m.modelType !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.modelType);
                if (m.numParameters != null && $Object.hasOwnProperty.call(m, "numParameters") && (typeof m.numParameters === "object" ? m.numParameters.low || m.numParameters.high : m.numParameters !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.numParameters);
                if (m.device != null && $Object.hasOwnProperty.call(m, "device") && m.device !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.device);
                if (m.dtype != null && $Object.hasOwnProperty.call(m, "dtype") && m.dtype !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.dtype);
                if (m.vocabSize != null && $Object.hasOwnProperty.call(m, "vocabSize") && m.vocabSize !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.vocabSize);
                if (m.eosTokenId != null && $Object.hasOwnProperty.call(m, "eosTokenId") && m.eosTokenId !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.eosTokenId);
                if (m.padTokenId != null && $Object.hasOwnProperty.call(m, "padTokenId") && m.padTokenId !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.padTokenId);
                if (m.worldSize != null && $Object.hasOwnProperty.call(m, "worldSize") && m.worldSize !== 0)
                    w.uint32(/* id 8, wireType 0 =*/64).uint32(m.worldSize);
                if (m.sharding != null && $Object.hasOwnProperty.call(m, "sharding") && m.sharding !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.sharding);
                if (m.rolloutEngine != null && $Object.hasOwnProperty.call(m, "rolloutEngine") && m.rolloutEngine !== "")
                    w.uint32(/* id 10, wireType 2 =*/82).string(m.rolloutEngine);
                if (m.paddingFree != null && $Object.hasOwnProperty.call(m, "paddingFree") && m.paddingFree !== false)
                    w.uint32(/* id 11, wireType 0 =*/88).bool(m.paddingFree);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LoadModelReply message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.LoadModelReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.LoadModelReply & observe.v1.LoadModelReply.$Shape} LoadModelReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoadModelReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.LoadModelReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.modelType = v;
                            else
                                delete m.modelType;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.numParameters = v;
                            else
                                delete m.numParameters;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.device = v;
                            else
                                delete m.device;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.dtype = v;
                            else
                                delete m.dtype;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.vocabSize = v;
                            else
                                delete m.vocabSize;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.eosTokenId = v;
                            else
                                delete m.eosTokenId;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.padTokenId = v;
                            else
                                delete m.padTokenId;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.worldSize = v;
                            else
                                delete m.worldSize;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sharding = v;
                            else
                                delete m.sharding;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.rolloutEngine = v;
                            else
                                delete m.rolloutEngine;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.paddingFree = v;
                            else
                                delete m.paddingFree;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a LoadModelReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.LoadModelReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.LoadModelReply} LoadModelReply
             */
            LoadModelReply.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.LoadModelReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.LoadModelReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.LoadModelReply();
                if (d.modelType != null) {
                    if (typeof d.modelType !== "string" || d.modelType.length) {
                        m.modelType = $String(d.modelType);
                    }
                }
                if (d.numParameters != null) {
                    if (typeof d.numParameters === "object" ? d.numParameters.low || d.numParameters.high : $Number(d.numParameters) !== 0) {
                        if ($util.Long)
                            m.numParameters = $util.Long.fromValue(d.numParameters, true);
                        else if (typeof d.numParameters === "string")
                            m.numParameters = $parseInt(d.numParameters, 10);
                        else if (typeof d.numParameters === "number")
                            m.numParameters = d.numParameters;
                        else if (typeof d.numParameters === "object")
                            m.numParameters = new $util.LongBits(d.numParameters.low >>> 0, d.numParameters.high >>> 0).toNumber(true);
                    }
                }
                if (d.device != null) {
                    if (typeof d.device !== "string" || d.device.length) {
                        m.device = $String(d.device);
                    }
                }
                if (d.dtype != null) {
                    if (typeof d.dtype !== "string" || d.dtype.length) {
                        m.dtype = $String(d.dtype);
                    }
                }
                if (d.vocabSize != null) {
                    if ($Number(d.vocabSize) !== 0) {
                        m.vocabSize = d.vocabSize >>> 0;
                    }
                }
                if (d.eosTokenId != null) {
                    if ($Number(d.eosTokenId) !== 0) {
                        m.eosTokenId = d.eosTokenId >>> 0;
                    }
                }
                if (d.padTokenId != null) {
                    if ($Number(d.padTokenId) !== 0) {
                        m.padTokenId = d.padTokenId >>> 0;
                    }
                }
                if (d.worldSize != null) {
                    if ($Number(d.worldSize) !== 0) {
                        m.worldSize = d.worldSize >>> 0;
                    }
                }
                if (d.sharding != null) {
                    if (typeof d.sharding !== "string" || d.sharding.length) {
                        m.sharding = $String(d.sharding);
                    }
                }
                if (d.rolloutEngine != null) {
                    if (typeof d.rolloutEngine !== "string" || d.rolloutEngine.length) {
                        m.rolloutEngine = $String(d.rolloutEngine);
                    }
                }
                if (d.paddingFree != null) {
                    if (d.paddingFree) {
                        m.paddingFree = $Boolean(d.paddingFree);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LoadModelReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.LoadModelReply
             * @static
             * @param {observe.v1.LoadModelReply} m LoadModelReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoadModelReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.modelType = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.numParameters = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.numParameters = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.device = "";
                    d.dtype = "";
                    d.vocabSize = 0;
                    d.eosTokenId = 0;
                    d.padTokenId = 0;
                    d.worldSize = 0;
                    d.sharding = "";
                    d.rolloutEngine = "";
                    d.paddingFree = false;
                }
                if (m.modelType != null && $Object.hasOwnProperty.call(m, "modelType")) {
                    d.modelType = m.modelType;
                }
                if (m.numParameters != null && $Object.hasOwnProperty.call(m, "numParameters")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.numParameters = typeof m.numParameters === "number" ? $BigInt(m.numParameters) : $util.Long.fromBits(m.numParameters.low >>> 0, m.numParameters.high >>> 0, true).toBigInt();
                    else if (typeof m.numParameters === "number")
                        d.numParameters = o.longs === $String ? $String(m.numParameters) : m.numParameters;
                    else
                        d.numParameters = o.longs === $String ? $util.Long.prototype.toString.call(m.numParameters) : o.longs === $Number ? new $util.LongBits(m.numParameters.low >>> 0, m.numParameters.high >>> 0).toNumber(true) : m.numParameters;
                }
                if (m.device != null && $Object.hasOwnProperty.call(m, "device")) {
                    d.device = m.device;
                }
                if (m.dtype != null && $Object.hasOwnProperty.call(m, "dtype")) {
                    d.dtype = m.dtype;
                }
                if (m.vocabSize != null && $Object.hasOwnProperty.call(m, "vocabSize")) {
                    d.vocabSize = m.vocabSize;
                }
                if (m.eosTokenId != null && $Object.hasOwnProperty.call(m, "eosTokenId")) {
                    d.eosTokenId = m.eosTokenId;
                }
                if (m.padTokenId != null && $Object.hasOwnProperty.call(m, "padTokenId")) {
                    d.padTokenId = m.padTokenId;
                }
                if (m.worldSize != null && $Object.hasOwnProperty.call(m, "worldSize")) {
                    d.worldSize = m.worldSize;
                }
                if (m.sharding != null && $Object.hasOwnProperty.call(m, "sharding")) {
                    d.sharding = m.sharding;
                }
                if (m.rolloutEngine != null && $Object.hasOwnProperty.call(m, "rolloutEngine")) {
                    d.rolloutEngine = m.rolloutEngine;
                }
                if (m.paddingFree != null && $Object.hasOwnProperty.call(m, "paddingFree")) {
                    d.paddingFree = m.paddingFree;
                }
                return d;
            };

            /**
             * Converts this LoadModelReply to JSON.
             * @function toJSON
             * @memberof observe.v1.LoadModelReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoadModelReply.prototype.toJSON = function() {
                return LoadModelReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LoadModelReply
             * @function getTypeUrl
             * @memberof observe.v1.LoadModelReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LoadModelReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.LoadModelReply";
            };

            return LoadModelReply;
        })();

        v1.ImageRef = (function() {

            /**
             * Properties of an ImageRef.
             * @typedef {Object} observe.v1.ImageRef.$Properties
             * @property {number|null} [frame] ImageRef frame
             * @property {string|null} [source] ImageRef source
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ImageRef.
             * @memberof observe.v1
             * @interface IImageRef
             * @augments observe.v1.ImageRef.$Properties
             * @deprecated Use observe.v1.ImageRef.$Properties instead.
             */

            /**
             * Shape of an ImageRef.
             * @typedef {observe.v1.ImageRef.$Properties} observe.v1.ImageRef.$Shape
             */

            /**
             * Constructs a new ImageRef.
             * @memberof observe.v1
             * @classdesc Represents an ImageRef.
             * @constructor
             * @param {observe.v1.ImageRef.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ImageRef = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ImageRef frame.
             * @member {number} frame
             * @memberof observe.v1.ImageRef
             * @instance
             */
            ImageRef.prototype.frame = 0;

            /**
             * ImageRef source.
             * @member {string} source
             * @memberof observe.v1.ImageRef
             * @instance
             */
            ImageRef.prototype.source = "";

            /**
             * Creates a new ImageRef instance using the specified properties.
             * @function create
             * @memberof observe.v1.ImageRef
             * @static
             * @param {observe.v1.ImageRef.$Properties=} [properties] Properties to set
             * @returns {observe.v1.ImageRef} ImageRef instance
             * @type {{
             *   (properties: observe.v1.ImageRef.$Shape): observe.v1.ImageRef & observe.v1.ImageRef.$Shape;
             *   (properties?: observe.v1.ImageRef.$Properties): observe.v1.ImageRef;
             * }}
             */
            ImageRef.create = function(properties) {
                return new ImageRef(properties);
            };

            /**
             * Encodes the specified ImageRef message. Does not implicitly {@link observe.v1.ImageRef.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.ImageRef
             * @static
             * @param {observe.v1.ImageRef.$Properties} m ImageRef message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ImageRef.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.frame != null && $Object.hasOwnProperty.call(m, "frame") && m.frame !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.frame);
                if (m.source != null && $Object.hasOwnProperty.call(m, "source") && m.source !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.source);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an ImageRef message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.ImageRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.ImageRef & observe.v1.ImageRef.$Shape} ImageRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ImageRef.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.ImageRef();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.frame = v;
                            else
                                delete m.frame;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.source = v;
                            else
                                delete m.source;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an ImageRef message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.ImageRef
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.ImageRef} ImageRef
             */
            ImageRef.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.ImageRef)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.ImageRef: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.ImageRef();
                if (d.frame != null) {
                    if ($Number(d.frame) !== 0) {
                        m.frame = d.frame >>> 0;
                    }
                }
                if (d.source != null) {
                    if (typeof d.source !== "string" || d.source.length) {
                        m.source = $String(d.source);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an ImageRef message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.ImageRef
             * @static
             * @param {observe.v1.ImageRef} m ImageRef
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ImageRef.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.frame = 0;
                    d.source = "";
                }
                if (m.frame != null && $Object.hasOwnProperty.call(m, "frame")) {
                    d.frame = m.frame;
                }
                if (m.source != null && $Object.hasOwnProperty.call(m, "source")) {
                    d.source = m.source;
                }
                return d;
            };

            /**
             * Converts this ImageRef to JSON.
             * @function toJSON
             * @memberof observe.v1.ImageRef
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ImageRef.prototype.toJSON = function() {
                return ImageRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ImageRef
             * @function getTypeUrl
             * @memberof observe.v1.ImageRef
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ImageRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.ImageRef";
            };

            return ImageRef;
        })();

        v1.VideoRef = (function() {

            /**
             * Properties of a VideoRef.
             * @typedef {Object} observe.v1.VideoRef.$Properties
             * @property {observe.v1.ImageRef.$Properties|null} [file] VideoRef file
             * @property {Array.<observe.v1.ImageRef.$Properties>|null} [frames] VideoRef frames
             * @property {number|null} [fps] VideoRef fps
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VideoRef.
             * @memberof observe.v1
             * @interface IVideoRef
             * @augments observe.v1.VideoRef.$Properties
             * @deprecated Use observe.v1.VideoRef.$Properties instead.
             */

            /**
             * Shape of a VideoRef.
             * @typedef {observe.v1.VideoRef.$Properties} observe.v1.VideoRef.$Shape
             */

            /**
             * Constructs a new VideoRef.
             * @memberof observe.v1
             * @classdesc Represents a VideoRef.
             * @constructor
             * @param {observe.v1.VideoRef.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VideoRef = function (p) {
                this.frames = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VideoRef file.
             * @member {observe.v1.ImageRef.$Properties|null|undefined} file
             * @memberof observe.v1.VideoRef
             * @instance
             */
            VideoRef.prototype.file = null;

            /**
             * VideoRef frames.
             * @member {Array.<observe.v1.ImageRef.$Properties>} frames
             * @memberof observe.v1.VideoRef
             * @instance
             */
            VideoRef.prototype.frames = $util.emptyArray;

            /**
             * VideoRef fps.
             * @member {number} fps
             * @memberof observe.v1.VideoRef
             * @instance
             */
            VideoRef.prototype.fps = 0;

            /**
             * Creates a new VideoRef instance using the specified properties.
             * @function create
             * @memberof observe.v1.VideoRef
             * @static
             * @param {observe.v1.VideoRef.$Properties=} [properties] Properties to set
             * @returns {observe.v1.VideoRef} VideoRef instance
             * @type {{
             *   (properties: observe.v1.VideoRef.$Shape): observe.v1.VideoRef & observe.v1.VideoRef.$Shape;
             *   (properties?: observe.v1.VideoRef.$Properties): observe.v1.VideoRef;
             * }}
             */
            VideoRef.create = function(properties) {
                return new VideoRef(properties);
            };

            /**
             * Encodes the specified VideoRef message. Does not implicitly {@link observe.v1.VideoRef.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.VideoRef
             * @static
             * @param {observe.v1.VideoRef.$Properties} m VideoRef message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VideoRef.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.file != null && $Object.hasOwnProperty.call(m, "file"))
                    $root.observe.v1.ImageRef.encode(m.file, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.frames != null && m.frames.length) {
                    for (var i = 0; i < m.frames.length; ++i)
                        $root.observe.v1.ImageRef.encode(m.frames[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.fps != null && $Object.hasOwnProperty.call(m, "fps") && !$Object.is(m.fps, 0))
                    w.uint32(/* id 3, wireType 5 =*/29).float(m.fps);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a VideoRef message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.VideoRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.VideoRef & observe.v1.VideoRef.$Shape} VideoRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VideoRef.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.VideoRef();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.file = $root.observe.v1.ImageRef.decode(r, r.size(), $undefined, q + 1, m.file);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.frames && m.frames.length))
                                m.frames = [];
                            m.frames.push($root.observe.v1.ImageRef.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.fps = v;
                            else
                                delete m.fps;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a VideoRef message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.VideoRef
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.VideoRef} VideoRef
             */
            VideoRef.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.VideoRef)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.VideoRef: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.VideoRef();
                if (d.file != null) {
                    if (!$util.isObject(d.file))
                        throw $TypeError(".observe.v1.VideoRef.file: object expected");
                    m.file = $root.observe.v1.ImageRef.fromObject(d.file, q + 1);
                }
                if (d.frames) {
                    if (!$Array.isArray(d.frames))
                        throw $TypeError(".observe.v1.VideoRef.frames: array expected");
                    m.frames = $Array(d.frames.length);
                    for (var i = 0; i < d.frames.length; ++i) {
                        if (!$util.isObject(d.frames[i]))
                            throw $TypeError(".observe.v1.VideoRef.frames: object expected");
                        m.frames[i] = $root.observe.v1.ImageRef.fromObject(d.frames[i], q + 1);
                    }
                }
                if (d.fps != null) {
                    if (!$Object.is($Number(d.fps), 0)) {
                        m.fps = $Number(d.fps);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VideoRef message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.VideoRef
             * @static
             * @param {observe.v1.VideoRef} m VideoRef
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VideoRef.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.frames = [];
                }
                if (o.defaults) {
                    d.file = null;
                    d.fps = 0;
                }
                if (m.file != null && $Object.hasOwnProperty.call(m, "file")) {
                    d.file = $root.observe.v1.ImageRef.toObject(m.file, o, q + 1);
                }
                if (m.frames && m.frames.length) {
                    d.frames = $Array(m.frames.length);
                    for (var j = 0; j < m.frames.length; ++j) {
                        d.frames[j] = $root.observe.v1.ImageRef.toObject(m.frames[j], o, q + 1);
                    }
                }
                if (m.fps != null && $Object.hasOwnProperty.call(m, "fps")) {
                    d.fps = o.json && !$isFinite(m.fps) ? $String(m.fps) : m.fps;
                }
                return d;
            };

            /**
             * Converts this VideoRef to JSON.
             * @function toJSON
             * @memberof observe.v1.VideoRef
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VideoRef.prototype.toJSON = function() {
                return VideoRef.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VideoRef
             * @function getTypeUrl
             * @memberof observe.v1.VideoRef
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VideoRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.VideoRef";
            };

            return VideoRef;
        })();

        v1.Prompt = (function() {

            /**
             * Properties of a Prompt.
             * @typedef {Object} observe.v1.Prompt.$Properties
             * @property {string|null} [system] Prompt system
             * @property {string|null} [text] Prompt text
             * @property {Array.<observe.v1.ImageRef.$Properties>|null} [images] Prompt images
             * @property {Array.<observe.v1.VideoRef.$Properties>|null} [videos] Prompt videos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Prompt.
             * @memberof observe.v1
             * @interface IPrompt
             * @augments observe.v1.Prompt.$Properties
             * @deprecated Use observe.v1.Prompt.$Properties instead.
             */

            /**
             * Shape of a Prompt.
             * @typedef {observe.v1.Prompt.$Properties} observe.v1.Prompt.$Shape
             */

            /**
             * Constructs a new Prompt.
             * @memberof observe.v1
             * @classdesc Represents a Prompt.
             * @constructor
             * @param {observe.v1.Prompt.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Prompt = function (p) {
                this.images = [];
                this.videos = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Prompt system.
             * @member {string} system
             * @memberof observe.v1.Prompt
             * @instance
             */
            Prompt.prototype.system = "";

            /**
             * Prompt text.
             * @member {string} text
             * @memberof observe.v1.Prompt
             * @instance
             */
            Prompt.prototype.text = "";

            /**
             * Prompt images.
             * @member {Array.<observe.v1.ImageRef.$Properties>} images
             * @memberof observe.v1.Prompt
             * @instance
             */
            Prompt.prototype.images = $util.emptyArray;

            /**
             * Prompt videos.
             * @member {Array.<observe.v1.VideoRef.$Properties>} videos
             * @memberof observe.v1.Prompt
             * @instance
             */
            Prompt.prototype.videos = $util.emptyArray;

            /**
             * Creates a new Prompt instance using the specified properties.
             * @function create
             * @memberof observe.v1.Prompt
             * @static
             * @param {observe.v1.Prompt.$Properties=} [properties] Properties to set
             * @returns {observe.v1.Prompt} Prompt instance
             * @type {{
             *   (properties: observe.v1.Prompt.$Shape): observe.v1.Prompt & observe.v1.Prompt.$Shape;
             *   (properties?: observe.v1.Prompt.$Properties): observe.v1.Prompt;
             * }}
             */
            Prompt.create = function(properties) {
                return new Prompt(properties);
            };

            /**
             * Encodes the specified Prompt message. Does not implicitly {@link observe.v1.Prompt.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.Prompt
             * @static
             * @param {observe.v1.Prompt.$Properties} m Prompt message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Prompt.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.system != null && $Object.hasOwnProperty.call(m, "system") && m.system !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.system);
                if (m.text != null && $Object.hasOwnProperty.call(m, "text") && m.text !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.text);
                if (m.images != null && m.images.length) {
                    for (var i = 0; i < m.images.length; ++i)
                        $root.observe.v1.ImageRef.encode(m.images[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.videos != null && m.videos.length) {
                    for (var i = 0; i < m.videos.length; ++i)
                        $root.observe.v1.VideoRef.encode(m.videos[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Prompt message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.Prompt
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.Prompt & observe.v1.Prompt.$Shape} Prompt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Prompt.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.Prompt();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.system = v;
                            else
                                delete m.system;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.text = v;
                            else
                                delete m.text;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.images && m.images.length))
                                m.images = [];
                            m.images.push($root.observe.v1.ImageRef.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.videos && m.videos.length))
                                m.videos = [];
                            m.videos.push($root.observe.v1.VideoRef.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Prompt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.Prompt
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.Prompt} Prompt
             */
            Prompt.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.Prompt)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.Prompt: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.Prompt();
                if (d.system != null) {
                    if (typeof d.system !== "string" || d.system.length) {
                        m.system = $String(d.system);
                    }
                }
                if (d.text != null) {
                    if (typeof d.text !== "string" || d.text.length) {
                        m.text = $String(d.text);
                    }
                }
                if (d.images) {
                    if (!$Array.isArray(d.images))
                        throw $TypeError(".observe.v1.Prompt.images: array expected");
                    m.images = $Array(d.images.length);
                    for (var i = 0; i < d.images.length; ++i) {
                        if (!$util.isObject(d.images[i]))
                            throw $TypeError(".observe.v1.Prompt.images: object expected");
                        m.images[i] = $root.observe.v1.ImageRef.fromObject(d.images[i], q + 1);
                    }
                }
                if (d.videos) {
                    if (!$Array.isArray(d.videos))
                        throw $TypeError(".observe.v1.Prompt.videos: array expected");
                    m.videos = $Array(d.videos.length);
                    for (var i = 0; i < d.videos.length; ++i) {
                        if (!$util.isObject(d.videos[i]))
                            throw $TypeError(".observe.v1.Prompt.videos: object expected");
                        m.videos[i] = $root.observe.v1.VideoRef.fromObject(d.videos[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Prompt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.Prompt
             * @static
             * @param {observe.v1.Prompt} m Prompt
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Prompt.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.images = [];
                    d.videos = [];
                }
                if (o.defaults) {
                    d.system = "";
                    d.text = "";
                }
                if (m.system != null && $Object.hasOwnProperty.call(m, "system")) {
                    d.system = m.system;
                }
                if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                    d.text = m.text;
                }
                if (m.images && m.images.length) {
                    d.images = $Array(m.images.length);
                    for (var j = 0; j < m.images.length; ++j) {
                        d.images[j] = $root.observe.v1.ImageRef.toObject(m.images[j], o, q + 1);
                    }
                }
                if (m.videos && m.videos.length) {
                    d.videos = $Array(m.videos.length);
                    for (var j = 0; j < m.videos.length; ++j) {
                        d.videos[j] = $root.observe.v1.VideoRef.toObject(m.videos[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Prompt to JSON.
             * @function toJSON
             * @memberof observe.v1.Prompt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Prompt.prototype.toJSON = function() {
                return Prompt.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Prompt
             * @function getTypeUrl
             * @memberof observe.v1.Prompt
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Prompt.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.Prompt";
            };

            return Prompt;
        })();

        v1.SamplingParams = (function() {

            /**
             * Properties of a SamplingParams.
             * @typedef {Object} observe.v1.SamplingParams.$Properties
             * @property {number|null} [n] SamplingParams n
             * @property {number|null} [temperature] SamplingParams temperature
             * @property {number|null} [topP] SamplingParams topP
             * @property {number|null} [topK] SamplingParams topK
             * @property {number|null} [maxNewTokens] SamplingParams maxNewTokens
             * @property {number|null} [seed] SamplingParams seed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SamplingParams.
             * @memberof observe.v1
             * @interface ISamplingParams
             * @augments observe.v1.SamplingParams.$Properties
             * @deprecated Use observe.v1.SamplingParams.$Properties instead.
             */

            /**
             * Shape of a SamplingParams.
             * @typedef {observe.v1.SamplingParams.$Properties} observe.v1.SamplingParams.$Shape
             */

            /**
             * Constructs a new SamplingParams.
             * @memberof observe.v1
             * @classdesc Represents a SamplingParams.
             * @constructor
             * @param {observe.v1.SamplingParams.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SamplingParams = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SamplingParams n.
             * @member {number} n
             * @memberof observe.v1.SamplingParams
             * @instance
             */
            SamplingParams.prototype.n = 0;

            /**
             * SamplingParams temperature.
             * @member {number} temperature
             * @memberof observe.v1.SamplingParams
             * @instance
             */
            SamplingParams.prototype.temperature = 0;

            /**
             * SamplingParams topP.
             * @member {number} topP
             * @memberof observe.v1.SamplingParams
             * @instance
             */
            SamplingParams.prototype.topP = 0;

            /**
             * SamplingParams topK.
             * @member {number} topK
             * @memberof observe.v1.SamplingParams
             * @instance
             */
            SamplingParams.prototype.topK = 0;

            /**
             * SamplingParams maxNewTokens.
             * @member {number} maxNewTokens
             * @memberof observe.v1.SamplingParams
             * @instance
             */
            SamplingParams.prototype.maxNewTokens = 0;

            /**
             * SamplingParams seed.
             * @member {number} seed
             * @memberof observe.v1.SamplingParams
             * @instance
             */
            SamplingParams.prototype.seed = 0;

            /**
             * Creates a new SamplingParams instance using the specified properties.
             * @function create
             * @memberof observe.v1.SamplingParams
             * @static
             * @param {observe.v1.SamplingParams.$Properties=} [properties] Properties to set
             * @returns {observe.v1.SamplingParams} SamplingParams instance
             * @type {{
             *   (properties: observe.v1.SamplingParams.$Shape): observe.v1.SamplingParams & observe.v1.SamplingParams.$Shape;
             *   (properties?: observe.v1.SamplingParams.$Properties): observe.v1.SamplingParams;
             * }}
             */
            SamplingParams.create = function(properties) {
                return new SamplingParams(properties);
            };

            /**
             * Encodes the specified SamplingParams message. Does not implicitly {@link observe.v1.SamplingParams.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.SamplingParams
             * @static
             * @param {observe.v1.SamplingParams.$Properties} m SamplingParams message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SamplingParams.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.n != null && $Object.hasOwnProperty.call(m, "n") && m.n !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.n);
                if (m.temperature != null && $Object.hasOwnProperty.call(m, "temperature") && !$Object.is(m.temperature, 0))
                    w.uint32(/* id 2, wireType 5 =*/21).float(m.temperature);
                if (m.topP != null && $Object.hasOwnProperty.call(m, "topP") && !$Object.is(m.topP, 0))
                    w.uint32(/* id 3, wireType 5 =*/29).float(m.topP);
                if (m.topK != null && $Object.hasOwnProperty.call(m, "topK") && m.topK !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).int32(m.topK);
                if (m.maxNewTokens != null && $Object.hasOwnProperty.call(m, "maxNewTokens") && m.maxNewTokens !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.maxNewTokens);
                if (m.seed != null && $Object.hasOwnProperty.call(m, "seed") && m.seed !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.seed);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SamplingParams message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.SamplingParams
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.SamplingParams & observe.v1.SamplingParams.$Shape} SamplingParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SamplingParams.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.SamplingParams();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.n = v;
                            else
                                delete m.n;
                            continue;
                        }
                    case 2: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.temperature = v;
                            else
                                delete m.temperature;
                            continue;
                        }
                    case 3: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.topP = v;
                            else
                                delete m.topP;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.topK = v;
                            else
                                delete m.topK;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxNewTokens = v;
                            else
                                delete m.maxNewTokens;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.seed = v;
                            else
                                delete m.seed;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SamplingParams message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.SamplingParams
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.SamplingParams} SamplingParams
             */
            SamplingParams.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.SamplingParams)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.SamplingParams: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.SamplingParams();
                if (d.n != null) {
                    if ($Number(d.n) !== 0) {
                        m.n = d.n >>> 0;
                    }
                }
                if (d.temperature != null) {
                    if (!$Object.is($Number(d.temperature), 0)) {
                        m.temperature = $Number(d.temperature);
                    }
                }
                if (d.topP != null) {
                    if (!$Object.is($Number(d.topP), 0)) {
                        m.topP = $Number(d.topP);
                    }
                }
                if (d.topK != null) {
                    if ($Number(d.topK) !== 0) {
                        m.topK = d.topK | 0;
                    }
                }
                if (d.maxNewTokens != null) {
                    if ($Number(d.maxNewTokens) !== 0) {
                        m.maxNewTokens = d.maxNewTokens >>> 0;
                    }
                }
                if (d.seed != null) {
                    if ($Number(d.seed) !== 0) {
                        m.seed = d.seed >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SamplingParams message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.SamplingParams
             * @static
             * @param {observe.v1.SamplingParams} m SamplingParams
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SamplingParams.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.n = 0;
                    d.temperature = 0;
                    d.topP = 0;
                    d.topK = 0;
                    d.maxNewTokens = 0;
                    d.seed = 0;
                }
                if (m.n != null && $Object.hasOwnProperty.call(m, "n")) {
                    d.n = m.n;
                }
                if (m.temperature != null && $Object.hasOwnProperty.call(m, "temperature")) {
                    d.temperature = o.json && !$isFinite(m.temperature) ? $String(m.temperature) : m.temperature;
                }
                if (m.topP != null && $Object.hasOwnProperty.call(m, "topP")) {
                    d.topP = o.json && !$isFinite(m.topP) ? $String(m.topP) : m.topP;
                }
                if (m.topK != null && $Object.hasOwnProperty.call(m, "topK")) {
                    d.topK = m.topK;
                }
                if (m.maxNewTokens != null && $Object.hasOwnProperty.call(m, "maxNewTokens")) {
                    d.maxNewTokens = m.maxNewTokens;
                }
                if (m.seed != null && $Object.hasOwnProperty.call(m, "seed")) {
                    d.seed = m.seed;
                }
                return d;
            };

            /**
             * Converts this SamplingParams to JSON.
             * @function toJSON
             * @memberof observe.v1.SamplingParams
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SamplingParams.prototype.toJSON = function() {
                return SamplingParams.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SamplingParams
             * @function getTypeUrl
             * @memberof observe.v1.SamplingParams
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SamplingParams.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.SamplingParams";
            };

            return SamplingParams;
        })();

        /**
         * FinishReason enum.
         * @name observe.v1.FinishReason
         * @enum {number}
         * @property {number} FINISH_REASON_UNSPECIFIED=0 FINISH_REASON_UNSPECIFIED value
         * @property {number} FINISH_REASON_STOP=1 FINISH_REASON_STOP value
         * @property {number} FINISH_REASON_LENGTH=2 FINISH_REASON_LENGTH value
         */
        v1.FinishReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "FINISH_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "FINISH_REASON_STOP"] = 1;
            values[valuesById[2] = "FINISH_REASON_LENGTH"] = 2;
            return values;
        })();

        v1.GenerateRequest = (function() {

            /**
             * Properties of a GenerateRequest.
             * @typedef {Object} observe.v1.GenerateRequest.$Properties
             * @property {Array.<observe.v1.Prompt.$Properties>|null} [prompts] GenerateRequest prompts
             * @property {observe.v1.SamplingParams.$Properties|null} [sampling] GenerateRequest sampling
             * @property {boolean|null} [skipFailedPrompts] GenerateRequest skipFailedPrompts
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GenerateRequest.
             * @memberof observe.v1
             * @interface IGenerateRequest
             * @augments observe.v1.GenerateRequest.$Properties
             * @deprecated Use observe.v1.GenerateRequest.$Properties instead.
             */

            /**
             * Shape of a GenerateRequest.
             * @typedef {observe.v1.GenerateRequest.$Properties} observe.v1.GenerateRequest.$Shape
             */

            /**
             * Constructs a new GenerateRequest.
             * @memberof observe.v1
             * @classdesc Represents a GenerateRequest.
             * @constructor
             * @param {observe.v1.GenerateRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GenerateRequest = function (p) {
                this.prompts = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * GenerateRequest prompts.
             * @member {Array.<observe.v1.Prompt.$Properties>} prompts
             * @memberof observe.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.prompts = $util.emptyArray;

            /**
             * GenerateRequest sampling.
             * @member {observe.v1.SamplingParams.$Properties|null|undefined} sampling
             * @memberof observe.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.sampling = null;

            /**
             * GenerateRequest skipFailedPrompts.
             * @member {boolean} skipFailedPrompts
             * @memberof observe.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.skipFailedPrompts = false;

            /**
             * Creates a new GenerateRequest instance using the specified properties.
             * @function create
             * @memberof observe.v1.GenerateRequest
             * @static
             * @param {observe.v1.GenerateRequest.$Properties=} [properties] Properties to set
             * @returns {observe.v1.GenerateRequest} GenerateRequest instance
             * @type {{
             *   (properties: observe.v1.GenerateRequest.$Shape): observe.v1.GenerateRequest & observe.v1.GenerateRequest.$Shape;
             *   (properties?: observe.v1.GenerateRequest.$Properties): observe.v1.GenerateRequest;
             * }}
             */
            GenerateRequest.create = function(properties) {
                return new GenerateRequest(properties);
            };

            /**
             * Encodes the specified GenerateRequest message. Does not implicitly {@link observe.v1.GenerateRequest.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.GenerateRequest
             * @static
             * @param {observe.v1.GenerateRequest.$Properties} m GenerateRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GenerateRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.prompts != null && m.prompts.length) {
                    for (var i = 0; i < m.prompts.length; ++i)
                        $root.observe.v1.Prompt.encode(m.prompts[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.sampling != null && $Object.hasOwnProperty.call(m, "sampling"))
                    $root.observe.v1.SamplingParams.encode(m.sampling, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.skipFailedPrompts != null && $Object.hasOwnProperty.call(m, "skipFailedPrompts") && m.skipFailedPrompts !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.skipFailedPrompts);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a GenerateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.GenerateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.GenerateRequest & observe.v1.GenerateRequest.$Shape} GenerateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GenerateRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.GenerateRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.prompts && m.prompts.length))
                                m.prompts = [];
                            m.prompts.push($root.observe.v1.Prompt.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.sampling = $root.observe.v1.SamplingParams.decode(r, r.size(), $undefined, q + 1, m.sampling);
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.skipFailedPrompts = v;
                            else
                                delete m.skipFailedPrompts;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a GenerateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.GenerateRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.GenerateRequest} GenerateRequest
             */
            GenerateRequest.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.GenerateRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.GenerateRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.GenerateRequest();
                if (d.prompts) {
                    if (!$Array.isArray(d.prompts))
                        throw $TypeError(".observe.v1.GenerateRequest.prompts: array expected");
                    m.prompts = $Array(d.prompts.length);
                    for (var i = 0; i < d.prompts.length; ++i) {
                        if (!$util.isObject(d.prompts[i]))
                            throw $TypeError(".observe.v1.GenerateRequest.prompts: object expected");
                        m.prompts[i] = $root.observe.v1.Prompt.fromObject(d.prompts[i], q + 1);
                    }
                }
                if (d.sampling != null) {
                    if (!$util.isObject(d.sampling))
                        throw $TypeError(".observe.v1.GenerateRequest.sampling: object expected");
                    m.sampling = $root.observe.v1.SamplingParams.fromObject(d.sampling, q + 1);
                }
                if (d.skipFailedPrompts != null) {
                    if (d.skipFailedPrompts) {
                        m.skipFailedPrompts = $Boolean(d.skipFailedPrompts);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a GenerateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.GenerateRequest
             * @static
             * @param {observe.v1.GenerateRequest} m GenerateRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GenerateRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.prompts = [];
                }
                if (o.defaults) {
                    d.sampling = null;
                    d.skipFailedPrompts = false;
                }
                if (m.prompts && m.prompts.length) {
                    d.prompts = $Array(m.prompts.length);
                    for (var j = 0; j < m.prompts.length; ++j) {
                        d.prompts[j] = $root.observe.v1.Prompt.toObject(m.prompts[j], o, q + 1);
                    }
                }
                if (m.sampling != null && $Object.hasOwnProperty.call(m, "sampling")) {
                    d.sampling = $root.observe.v1.SamplingParams.toObject(m.sampling, o, q + 1);
                }
                if (m.skipFailedPrompts != null && $Object.hasOwnProperty.call(m, "skipFailedPrompts")) {
                    d.skipFailedPrompts = m.skipFailedPrompts;
                }
                return d;
            };

            /**
             * Converts this GenerateRequest to JSON.
             * @function toJSON
             * @memberof observe.v1.GenerateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GenerateRequest.prototype.toJSON = function() {
                return GenerateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GenerateRequest
             * @function getTypeUrl
             * @memberof observe.v1.GenerateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GenerateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.GenerateRequest";
            };

            return GenerateRequest;
        })();

        v1.Completion = (function() {

            /**
             * Properties of a Completion.
             * @typedef {Object} observe.v1.Completion.$Properties
             * @property {number|null} [promptIndex] Completion promptIndex
             * @property {string|null} [text] Completion text
             * @property {observe.v1.FinishReason|null} [finishReason] Completion finishReason
             * @property {number|null} [numTokens] Completion numTokens
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Completion.
             * @memberof observe.v1
             * @interface ICompletion
             * @augments observe.v1.Completion.$Properties
             * @deprecated Use observe.v1.Completion.$Properties instead.
             */

            /**
             * Shape of a Completion.
             * @typedef {observe.v1.Completion.$Properties} observe.v1.Completion.$Shape
             */

            /**
             * Constructs a new Completion.
             * @memberof observe.v1
             * @classdesc Represents a Completion.
             * @constructor
             * @param {observe.v1.Completion.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Completion = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Completion promptIndex.
             * @member {number} promptIndex
             * @memberof observe.v1.Completion
             * @instance
             */
            Completion.prototype.promptIndex = 0;

            /**
             * Completion text.
             * @member {string} text
             * @memberof observe.v1.Completion
             * @instance
             */
            Completion.prototype.text = "";

            /**
             * Completion finishReason.
             * @member {observe.v1.FinishReason} finishReason
             * @memberof observe.v1.Completion
             * @instance
             */
            Completion.prototype.finishReason = 0;

            /**
             * Completion numTokens.
             * @member {number} numTokens
             * @memberof observe.v1.Completion
             * @instance
             */
            Completion.prototype.numTokens = 0;

            /**
             * Creates a new Completion instance using the specified properties.
             * @function create
             * @memberof observe.v1.Completion
             * @static
             * @param {observe.v1.Completion.$Properties=} [properties] Properties to set
             * @returns {observe.v1.Completion} Completion instance
             * @type {{
             *   (properties: observe.v1.Completion.$Shape): observe.v1.Completion & observe.v1.Completion.$Shape;
             *   (properties?: observe.v1.Completion.$Properties): observe.v1.Completion;
             * }}
             */
            Completion.create = function(properties) {
                return new Completion(properties);
            };

            /**
             * Encodes the specified Completion message. Does not implicitly {@link observe.v1.Completion.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.Completion
             * @static
             * @param {observe.v1.Completion.$Properties} m Completion message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Completion.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.promptIndex != null && $Object.hasOwnProperty.call(m, "promptIndex") && m.promptIndex !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.promptIndex);
                if (m.text != null && $Object.hasOwnProperty.call(m, "text") && m.text !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.text);
                if (m.finishReason != null && $Object.hasOwnProperty.call(m, "finishReason") && m.finishReason !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.finishReason);
                if (m.numTokens != null && $Object.hasOwnProperty.call(m, "numTokens") && m.numTokens !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.numTokens);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Completion message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.Completion
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.Completion & observe.v1.Completion.$Shape} Completion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Completion.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.Completion();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.promptIndex = v;
                            else
                                delete m.promptIndex;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.text = v;
                            else
                                delete m.text;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.finishReason = v;
                            else
                                delete m.finishReason;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.numTokens = v;
                            else
                                delete m.numTokens;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Completion message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.Completion
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.Completion} Completion
             */
            Completion.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.Completion)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.Completion: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.Completion();
                if (d.promptIndex != null) {
                    if ($Number(d.promptIndex) !== 0) {
                        m.promptIndex = d.promptIndex >>> 0;
                    }
                }
                if (d.text != null) {
                    if (typeof d.text !== "string" || d.text.length) {
                        m.text = $String(d.text);
                    }
                }
                if (d.finishReason !== 0 && (typeof d.finishReason !== "string" || $root.observe.v1.FinishReason[d.finishReason] !== 0)) {
                    switch (d.finishReason) {
                    case "FINISH_REASON_UNSPECIFIED":
                    case 0:
                        m.finishReason = 0;
                        break;
                    case "FINISH_REASON_STOP":
                    case 1:
                        m.finishReason = 1;
                        break;
                    case "FINISH_REASON_LENGTH":
                    case 2:
                        m.finishReason = 2;
                        break;
                    default:
                        if (typeof d.finishReason === "number" && (d.finishReason | 0) === d.finishReason)
                            m.finishReason = d.finishReason;
                    }
                }
                if (d.numTokens != null) {
                    if ($Number(d.numTokens) !== 0) {
                        m.numTokens = d.numTokens >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Completion message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.Completion
             * @static
             * @param {observe.v1.Completion} m Completion
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Completion.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.promptIndex = 0;
                    d.text = "";
                    d.finishReason = o.enums === $String ? "FINISH_REASON_UNSPECIFIED" : 0;
                    d.numTokens = 0;
                }
                if (m.promptIndex != null && $Object.hasOwnProperty.call(m, "promptIndex")) {
                    d.promptIndex = m.promptIndex;
                }
                if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                    d.text = m.text;
                }
                if (m.finishReason != null && $Object.hasOwnProperty.call(m, "finishReason")) {
                    d.finishReason = o.enums === $String ? $root.observe.v1.FinishReason[m.finishReason] === $undefined ? m.finishReason : $root.observe.v1.FinishReason[m.finishReason] : m.finishReason;
                }
                if (m.numTokens != null && $Object.hasOwnProperty.call(m, "numTokens")) {
                    d.numTokens = m.numTokens;
                }
                return d;
            };

            /**
             * Converts this Completion to JSON.
             * @function toJSON
             * @memberof observe.v1.Completion
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Completion.prototype.toJSON = function() {
                return Completion.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Completion
             * @function getTypeUrl
             * @memberof observe.v1.Completion
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Completion.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.Completion";
            };

            return Completion;
        })();

        v1.GenerateReply = (function() {

            /**
             * Properties of a GenerateReply.
             * @typedef {Object} observe.v1.GenerateReply.$Properties
             * @property {Array.<observe.v1.Completion.$Properties>|null} [completions] GenerateReply completions
             * @property {Array.<number>|null} [promptNumTokens] GenerateReply promptNumTokens
             * @property {Array.<observe.v1.FailedPrompt.$Properties>|null} [failedPrompts] GenerateReply failedPrompts
             * @property {number|null} [weightSyncS] GenerateReply weightSyncS
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GenerateReply.
             * @memberof observe.v1
             * @interface IGenerateReply
             * @augments observe.v1.GenerateReply.$Properties
             * @deprecated Use observe.v1.GenerateReply.$Properties instead.
             */

            /**
             * Shape of a GenerateReply.
             * @typedef {observe.v1.GenerateReply.$Properties} observe.v1.GenerateReply.$Shape
             */

            /**
             * Constructs a new GenerateReply.
             * @memberof observe.v1
             * @classdesc Represents a GenerateReply.
             * @constructor
             * @param {observe.v1.GenerateReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GenerateReply = function (p) {
                this.completions = [];
                this.promptNumTokens = [];
                this.failedPrompts = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * GenerateReply completions.
             * @member {Array.<observe.v1.Completion.$Properties>} completions
             * @memberof observe.v1.GenerateReply
             * @instance
             */
            GenerateReply.prototype.completions = $util.emptyArray;

            /**
             * GenerateReply promptNumTokens.
             * @member {Array.<number>} promptNumTokens
             * @memberof observe.v1.GenerateReply
             * @instance
             */
            GenerateReply.prototype.promptNumTokens = $util.emptyArray;

            /**
             * GenerateReply failedPrompts.
             * @member {Array.<observe.v1.FailedPrompt.$Properties>} failedPrompts
             * @memberof observe.v1.GenerateReply
             * @instance
             */
            GenerateReply.prototype.failedPrompts = $util.emptyArray;

            /**
             * GenerateReply weightSyncS.
             * @member {number} weightSyncS
             * @memberof observe.v1.GenerateReply
             * @instance
             */
            GenerateReply.prototype.weightSyncS = 0;

            /**
             * Creates a new GenerateReply instance using the specified properties.
             * @function create
             * @memberof observe.v1.GenerateReply
             * @static
             * @param {observe.v1.GenerateReply.$Properties=} [properties] Properties to set
             * @returns {observe.v1.GenerateReply} GenerateReply instance
             * @type {{
             *   (properties: observe.v1.GenerateReply.$Shape): observe.v1.GenerateReply & observe.v1.GenerateReply.$Shape;
             *   (properties?: observe.v1.GenerateReply.$Properties): observe.v1.GenerateReply;
             * }}
             */
            GenerateReply.create = function(properties) {
                return new GenerateReply(properties);
            };

            /**
             * Encodes the specified GenerateReply message. Does not implicitly {@link observe.v1.GenerateReply.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.GenerateReply
             * @static
             * @param {observe.v1.GenerateReply.$Properties} m GenerateReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GenerateReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.completions != null && m.completions.length) {
                    for (var i = 0; i < m.completions.length; ++i)
                        $root.observe.v1.Completion.encode(m.completions[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.promptNumTokens != null && m.promptNumTokens.length) {
                    w.uint32(/* id 2, wireType 2 =*/18).uint32s(m.promptNumTokens);
                }
                if (m.failedPrompts != null && m.failedPrompts.length) {
                    for (var i = 0; i < m.failedPrompts.length; ++i)
                        $root.observe.v1.FailedPrompt.encode(m.failedPrompts[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.weightSyncS != null && $Object.hasOwnProperty.call(m, "weightSyncS") && !$Object.is(m.weightSyncS, 0))
                    w.uint32(/* id 4, wireType 5 =*/37).float(m.weightSyncS);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a GenerateReply message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.GenerateReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.GenerateReply & observe.v1.GenerateReply.$Shape} GenerateReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GenerateReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.GenerateReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.completions && m.completions.length))
                                m.completions = [];
                            m.completions.push($root.observe.v1.Completion.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u === 2) {
                                if (!(m.promptNumTokens && m.promptNumTokens.length))
                                    m.promptNumTokens = [];
                                r.uint32s(m.promptNumTokens);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.promptNumTokens && m.promptNumTokens.length))
                                m.promptNumTokens = [];
                            m.promptNumTokens.push(r.uint32());
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.failedPrompts && m.failedPrompts.length))
                                m.failedPrompts = [];
                            m.failedPrompts.push($root.observe.v1.FailedPrompt.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.weightSyncS = v;
                            else
                                delete m.weightSyncS;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a GenerateReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.GenerateReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.GenerateReply} GenerateReply
             */
            GenerateReply.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.GenerateReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.GenerateReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.GenerateReply();
                if (d.completions) {
                    if (!$Array.isArray(d.completions))
                        throw $TypeError(".observe.v1.GenerateReply.completions: array expected");
                    m.completions = $Array(d.completions.length);
                    for (var i = 0; i < d.completions.length; ++i) {
                        if (!$util.isObject(d.completions[i]))
                            throw $TypeError(".observe.v1.GenerateReply.completions: object expected");
                        m.completions[i] = $root.observe.v1.Completion.fromObject(d.completions[i], q + 1);
                    }
                }
                if (d.promptNumTokens) {
                    if (!$Array.isArray(d.promptNumTokens))
                        throw $TypeError(".observe.v1.GenerateReply.promptNumTokens: array expected");
                    m.promptNumTokens = $Array(d.promptNumTokens.length);
                    for (var i = 0; i < d.promptNumTokens.length; ++i) {
                        m.promptNumTokens[i] = d.promptNumTokens[i] >>> 0;
                    }
                }
                if (d.failedPrompts) {
                    if (!$Array.isArray(d.failedPrompts))
                        throw $TypeError(".observe.v1.GenerateReply.failedPrompts: array expected");
                    m.failedPrompts = $Array(d.failedPrompts.length);
                    for (var i = 0; i < d.failedPrompts.length; ++i) {
                        if (!$util.isObject(d.failedPrompts[i]))
                            throw $TypeError(".observe.v1.GenerateReply.failedPrompts: object expected");
                        m.failedPrompts[i] = $root.observe.v1.FailedPrompt.fromObject(d.failedPrompts[i], q + 1);
                    }
                }
                if (d.weightSyncS != null) {
                    if (!$Object.is($Number(d.weightSyncS), 0)) {
                        m.weightSyncS = $Number(d.weightSyncS);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a GenerateReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.GenerateReply
             * @static
             * @param {observe.v1.GenerateReply} m GenerateReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GenerateReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.completions = [];
                    d.promptNumTokens = [];
                    d.failedPrompts = [];
                }
                if (o.defaults) {
                    d.weightSyncS = 0;
                }
                if (m.completions && m.completions.length) {
                    d.completions = $Array(m.completions.length);
                    for (var j = 0; j < m.completions.length; ++j) {
                        d.completions[j] = $root.observe.v1.Completion.toObject(m.completions[j], o, q + 1);
                    }
                }
                if (m.promptNumTokens && m.promptNumTokens.length) {
                    d.promptNumTokens = $Array(m.promptNumTokens.length);
                    for (var j = 0; j < m.promptNumTokens.length; ++j) {
                        d.promptNumTokens[j] = m.promptNumTokens[j];
                    }
                }
                if (m.failedPrompts && m.failedPrompts.length) {
                    d.failedPrompts = $Array(m.failedPrompts.length);
                    for (var j = 0; j < m.failedPrompts.length; ++j) {
                        d.failedPrompts[j] = $root.observe.v1.FailedPrompt.toObject(m.failedPrompts[j], o, q + 1);
                    }
                }
                if (m.weightSyncS != null && $Object.hasOwnProperty.call(m, "weightSyncS")) {
                    d.weightSyncS = o.json && !$isFinite(m.weightSyncS) ? $String(m.weightSyncS) : m.weightSyncS;
                }
                return d;
            };

            /**
             * Converts this GenerateReply to JSON.
             * @function toJSON
             * @memberof observe.v1.GenerateReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GenerateReply.prototype.toJSON = function() {
                return GenerateReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GenerateReply
             * @function getTypeUrl
             * @memberof observe.v1.GenerateReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GenerateReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.GenerateReply";
            };

            return GenerateReply;
        })();

        v1.FailedPrompt = (function() {

            /**
             * Properties of a FailedPrompt.
             * @typedef {Object} observe.v1.FailedPrompt.$Properties
             * @property {number|null} [promptIndex] FailedPrompt promptIndex
             * @property {string|null} [error] FailedPrompt error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FailedPrompt.
             * @memberof observe.v1
             * @interface IFailedPrompt
             * @augments observe.v1.FailedPrompt.$Properties
             * @deprecated Use observe.v1.FailedPrompt.$Properties instead.
             */

            /**
             * Shape of a FailedPrompt.
             * @typedef {observe.v1.FailedPrompt.$Properties} observe.v1.FailedPrompt.$Shape
             */

            /**
             * Constructs a new FailedPrompt.
             * @memberof observe.v1
             * @classdesc Represents a FailedPrompt.
             * @constructor
             * @param {observe.v1.FailedPrompt.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FailedPrompt = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * FailedPrompt promptIndex.
             * @member {number} promptIndex
             * @memberof observe.v1.FailedPrompt
             * @instance
             */
            FailedPrompt.prototype.promptIndex = 0;

            /**
             * FailedPrompt error.
             * @member {string} error
             * @memberof observe.v1.FailedPrompt
             * @instance
             */
            FailedPrompt.prototype.error = "";

            /**
             * Creates a new FailedPrompt instance using the specified properties.
             * @function create
             * @memberof observe.v1.FailedPrompt
             * @static
             * @param {observe.v1.FailedPrompt.$Properties=} [properties] Properties to set
             * @returns {observe.v1.FailedPrompt} FailedPrompt instance
             * @type {{
             *   (properties: observe.v1.FailedPrompt.$Shape): observe.v1.FailedPrompt & observe.v1.FailedPrompt.$Shape;
             *   (properties?: observe.v1.FailedPrompt.$Properties): observe.v1.FailedPrompt;
             * }}
             */
            FailedPrompt.create = function(properties) {
                return new FailedPrompt(properties);
            };

            /**
             * Encodes the specified FailedPrompt message. Does not implicitly {@link observe.v1.FailedPrompt.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.FailedPrompt
             * @static
             * @param {observe.v1.FailedPrompt.$Properties} m FailedPrompt message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FailedPrompt.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.promptIndex != null && $Object.hasOwnProperty.call(m, "promptIndex") && m.promptIndex !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.promptIndex);
                if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.error);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a FailedPrompt message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.FailedPrompt
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.FailedPrompt & observe.v1.FailedPrompt.$Shape} FailedPrompt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FailedPrompt.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.FailedPrompt();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.promptIndex = v;
                            else
                                delete m.promptIndex;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.error = v;
                            else
                                delete m.error;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a FailedPrompt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.FailedPrompt
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.FailedPrompt} FailedPrompt
             */
            FailedPrompt.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.FailedPrompt)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.FailedPrompt: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.FailedPrompt();
                if (d.promptIndex != null) {
                    if ($Number(d.promptIndex) !== 0) {
                        m.promptIndex = d.promptIndex >>> 0;
                    }
                }
                if (d.error != null) {
                    if (typeof d.error !== "string" || d.error.length) {
                        m.error = $String(d.error);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a FailedPrompt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.FailedPrompt
             * @static
             * @param {observe.v1.FailedPrompt} m FailedPrompt
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FailedPrompt.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.promptIndex = 0;
                    d.error = "";
                }
                if (m.promptIndex != null && $Object.hasOwnProperty.call(m, "promptIndex")) {
                    d.promptIndex = m.promptIndex;
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = m.error;
                }
                return d;
            };

            /**
             * Converts this FailedPrompt to JSON.
             * @function toJSON
             * @memberof observe.v1.FailedPrompt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FailedPrompt.prototype.toJSON = function() {
                return FailedPrompt.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FailedPrompt
             * @function getTypeUrl
             * @memberof observe.v1.FailedPrompt
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FailedPrompt.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.FailedPrompt";
            };

            return FailedPrompt;
        })();

        v1.SequenceBatch = (function() {

            /**
             * Properties of a SequenceBatch.
             * @typedef {Object} observe.v1.SequenceBatch.$Properties
             * @property {Array.<observe.v1.Prompt.$Properties>|null} [prompts] SequenceBatch prompts
             * @property {Array.<number>|null} [promptIndex] SequenceBatch promptIndex
             * @property {Array.<number>|null} [responseLengths] SequenceBatch responseLengths
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SequenceBatch.
             * @memberof observe.v1
             * @interface ISequenceBatch
             * @augments observe.v1.SequenceBatch.$Properties
             * @deprecated Use observe.v1.SequenceBatch.$Properties instead.
             */

            /**
             * Shape of a SequenceBatch.
             * @typedef {observe.v1.SequenceBatch.$Properties} observe.v1.SequenceBatch.$Shape
             */

            /**
             * Constructs a new SequenceBatch.
             * @memberof observe.v1
             * @classdesc Represents a SequenceBatch.
             * @constructor
             * @param {observe.v1.SequenceBatch.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SequenceBatch = function (p) {
                this.prompts = [];
                this.promptIndex = [];
                this.responseLengths = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SequenceBatch prompts.
             * @member {Array.<observe.v1.Prompt.$Properties>} prompts
             * @memberof observe.v1.SequenceBatch
             * @instance
             */
            SequenceBatch.prototype.prompts = $util.emptyArray;

            /**
             * SequenceBatch promptIndex.
             * @member {Array.<number>} promptIndex
             * @memberof observe.v1.SequenceBatch
             * @instance
             */
            SequenceBatch.prototype.promptIndex = $util.emptyArray;

            /**
             * SequenceBatch responseLengths.
             * @member {Array.<number>} responseLengths
             * @memberof observe.v1.SequenceBatch
             * @instance
             */
            SequenceBatch.prototype.responseLengths = $util.emptyArray;

            /**
             * Creates a new SequenceBatch instance using the specified properties.
             * @function create
             * @memberof observe.v1.SequenceBatch
             * @static
             * @param {observe.v1.SequenceBatch.$Properties=} [properties] Properties to set
             * @returns {observe.v1.SequenceBatch} SequenceBatch instance
             * @type {{
             *   (properties: observe.v1.SequenceBatch.$Shape): observe.v1.SequenceBatch & observe.v1.SequenceBatch.$Shape;
             *   (properties?: observe.v1.SequenceBatch.$Properties): observe.v1.SequenceBatch;
             * }}
             */
            SequenceBatch.create = function(properties) {
                return new SequenceBatch(properties);
            };

            /**
             * Encodes the specified SequenceBatch message. Does not implicitly {@link observe.v1.SequenceBatch.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.SequenceBatch
             * @static
             * @param {observe.v1.SequenceBatch.$Properties} m SequenceBatch message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SequenceBatch.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.prompts != null && m.prompts.length) {
                    for (var i = 0; i < m.prompts.length; ++i)
                        $root.observe.v1.Prompt.encode(m.prompts[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.promptIndex != null && m.promptIndex.length) {
                    w.uint32(/* id 2, wireType 2 =*/18).uint32s(m.promptIndex);
                }
                if (m.responseLengths != null && m.responseLengths.length) {
                    w.uint32(/* id 3, wireType 2 =*/26).uint32s(m.responseLengths);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SequenceBatch message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.SequenceBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.SequenceBatch & observe.v1.SequenceBatch.$Shape} SequenceBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SequenceBatch.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.SequenceBatch();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.prompts && m.prompts.length))
                                m.prompts = [];
                            m.prompts.push($root.observe.v1.Prompt.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u === 2) {
                                if (!(m.promptIndex && m.promptIndex.length))
                                    m.promptIndex = [];
                                r.uint32s(m.promptIndex);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.promptIndex && m.promptIndex.length))
                                m.promptIndex = [];
                            m.promptIndex.push(r.uint32());
                            continue;
                        }
                    case 3: {
                            if (u === 2) {
                                if (!(m.responseLengths && m.responseLengths.length))
                                    m.responseLengths = [];
                                r.uint32s(m.responseLengths);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.responseLengths && m.responseLengths.length))
                                m.responseLengths = [];
                            m.responseLengths.push(r.uint32());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SequenceBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.SequenceBatch
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.SequenceBatch} SequenceBatch
             */
            SequenceBatch.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.SequenceBatch)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.SequenceBatch: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.SequenceBatch();
                if (d.prompts) {
                    if (!$Array.isArray(d.prompts))
                        throw $TypeError(".observe.v1.SequenceBatch.prompts: array expected");
                    m.prompts = $Array(d.prompts.length);
                    for (var i = 0; i < d.prompts.length; ++i) {
                        if (!$util.isObject(d.prompts[i]))
                            throw $TypeError(".observe.v1.SequenceBatch.prompts: object expected");
                        m.prompts[i] = $root.observe.v1.Prompt.fromObject(d.prompts[i], q + 1);
                    }
                }
                if (d.promptIndex) {
                    if (!$Array.isArray(d.promptIndex))
                        throw $TypeError(".observe.v1.SequenceBatch.promptIndex: array expected");
                    m.promptIndex = $Array(d.promptIndex.length);
                    for (var i = 0; i < d.promptIndex.length; ++i) {
                        m.promptIndex[i] = d.promptIndex[i] >>> 0;
                    }
                }
                if (d.responseLengths) {
                    if (!$Array.isArray(d.responseLengths))
                        throw $TypeError(".observe.v1.SequenceBatch.responseLengths: array expected");
                    m.responseLengths = $Array(d.responseLengths.length);
                    for (var i = 0; i < d.responseLengths.length; ++i) {
                        m.responseLengths[i] = d.responseLengths[i] >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SequenceBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.SequenceBatch
             * @static
             * @param {observe.v1.SequenceBatch} m SequenceBatch
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SequenceBatch.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.prompts = [];
                    d.promptIndex = [];
                    d.responseLengths = [];
                }
                if (m.prompts && m.prompts.length) {
                    d.prompts = $Array(m.prompts.length);
                    for (var j = 0; j < m.prompts.length; ++j) {
                        d.prompts[j] = $root.observe.v1.Prompt.toObject(m.prompts[j], o, q + 1);
                    }
                }
                if (m.promptIndex && m.promptIndex.length) {
                    d.promptIndex = $Array(m.promptIndex.length);
                    for (var j = 0; j < m.promptIndex.length; ++j) {
                        d.promptIndex[j] = m.promptIndex[j];
                    }
                }
                if (m.responseLengths && m.responseLengths.length) {
                    d.responseLengths = $Array(m.responseLengths.length);
                    for (var j = 0; j < m.responseLengths.length; ++j) {
                        d.responseLengths[j] = m.responseLengths[j];
                    }
                }
                return d;
            };

            /**
             * Converts this SequenceBatch to JSON.
             * @function toJSON
             * @memberof observe.v1.SequenceBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SequenceBatch.prototype.toJSON = function() {
                return SequenceBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SequenceBatch
             * @function getTypeUrl
             * @memberof observe.v1.SequenceBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SequenceBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.SequenceBatch";
            };

            return SequenceBatch;
        })();

        /**
         * ModelRole enum.
         * @name observe.v1.ModelRole
         * @enum {number}
         * @property {number} MODEL_ROLE_UNSPECIFIED=0 MODEL_ROLE_UNSPECIFIED value
         * @property {number} MODEL_ROLE_POLICY=1 MODEL_ROLE_POLICY value
         * @property {number} MODEL_ROLE_REFERENCE=2 MODEL_ROLE_REFERENCE value
         */
        v1.ModelRole = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MODEL_ROLE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "MODEL_ROLE_POLICY"] = 1;
            values[valuesById[2] = "MODEL_ROLE_REFERENCE"] = 2;
            return values;
        })();

        v1.LogProbsRequest = (function() {

            /**
             * Properties of a LogProbsRequest.
             * @typedef {Object} observe.v1.LogProbsRequest.$Properties
             * @property {observe.v1.SequenceBatch.$Properties|null} [batch] LogProbsRequest batch
             * @property {observe.v1.ModelRole|null} [role] LogProbsRequest role
             * @property {number|null} [microBatchSize] LogProbsRequest microBatchSize
             * @property {number|null} [temperature] LogProbsRequest temperature
             * @property {number|null} [maxTokensPerMicroBatch] LogProbsRequest maxTokensPerMicroBatch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LogProbsRequest.
             * @memberof observe.v1
             * @interface ILogProbsRequest
             * @augments observe.v1.LogProbsRequest.$Properties
             * @deprecated Use observe.v1.LogProbsRequest.$Properties instead.
             */

            /**
             * Shape of a LogProbsRequest.
             * @typedef {observe.v1.LogProbsRequest.$Properties} observe.v1.LogProbsRequest.$Shape
             */

            /**
             * Constructs a new LogProbsRequest.
             * @memberof observe.v1
             * @classdesc Represents a LogProbsRequest.
             * @constructor
             * @param {observe.v1.LogProbsRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LogProbsRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LogProbsRequest batch.
             * @member {observe.v1.SequenceBatch.$Properties|null|undefined} batch
             * @memberof observe.v1.LogProbsRequest
             * @instance
             */
            LogProbsRequest.prototype.batch = null;

            /**
             * LogProbsRequest role.
             * @member {observe.v1.ModelRole} role
             * @memberof observe.v1.LogProbsRequest
             * @instance
             */
            LogProbsRequest.prototype.role = 0;

            /**
             * LogProbsRequest microBatchSize.
             * @member {number} microBatchSize
             * @memberof observe.v1.LogProbsRequest
             * @instance
             */
            LogProbsRequest.prototype.microBatchSize = 0;

            /**
             * LogProbsRequest temperature.
             * @member {number} temperature
             * @memberof observe.v1.LogProbsRequest
             * @instance
             */
            LogProbsRequest.prototype.temperature = 0;

            /**
             * LogProbsRequest maxTokensPerMicroBatch.
             * @member {number} maxTokensPerMicroBatch
             * @memberof observe.v1.LogProbsRequest
             * @instance
             */
            LogProbsRequest.prototype.maxTokensPerMicroBatch = 0;

            /**
             * Creates a new LogProbsRequest instance using the specified properties.
             * @function create
             * @memberof observe.v1.LogProbsRequest
             * @static
             * @param {observe.v1.LogProbsRequest.$Properties=} [properties] Properties to set
             * @returns {observe.v1.LogProbsRequest} LogProbsRequest instance
             * @type {{
             *   (properties: observe.v1.LogProbsRequest.$Shape): observe.v1.LogProbsRequest & observe.v1.LogProbsRequest.$Shape;
             *   (properties?: observe.v1.LogProbsRequest.$Properties): observe.v1.LogProbsRequest;
             * }}
             */
            LogProbsRequest.create = function(properties) {
                return new LogProbsRequest(properties);
            };

            /**
             * Encodes the specified LogProbsRequest message. Does not implicitly {@link observe.v1.LogProbsRequest.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.LogProbsRequest
             * @static
             * @param {observe.v1.LogProbsRequest.$Properties} m LogProbsRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogProbsRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.batch != null && $Object.hasOwnProperty.call(m, "batch"))
                    $root.observe.v1.SequenceBatch.encode(m.batch, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.role != null && $Object.hasOwnProperty.call(m, "role") && m.role !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.role);
                if (m.microBatchSize != null && $Object.hasOwnProperty.call(m, "microBatchSize") && m.microBatchSize !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.microBatchSize);
                if (m.temperature != null && $Object.hasOwnProperty.call(m, "temperature") && !$Object.is(m.temperature, 0))
                    w.uint32(/* id 4, wireType 5 =*/37).float(m.temperature);
                if (m.maxTokensPerMicroBatch != null && $Object.hasOwnProperty.call(m, "maxTokensPerMicroBatch") && m.maxTokensPerMicroBatch !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.maxTokensPerMicroBatch);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LogProbsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.LogProbsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.LogProbsRequest & observe.v1.LogProbsRequest.$Shape} LogProbsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogProbsRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.LogProbsRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.batch = $root.observe.v1.SequenceBatch.decode(r, r.size(), $undefined, q + 1, m.batch);
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.role = v;
                            else
                                delete m.role;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.microBatchSize = v;
                            else
                                delete m.microBatchSize;
                            continue;
                        }
                    case 4: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.temperature = v;
                            else
                                delete m.temperature;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxTokensPerMicroBatch = v;
                            else
                                delete m.maxTokensPerMicroBatch;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a LogProbsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.LogProbsRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.LogProbsRequest} LogProbsRequest
             */
            LogProbsRequest.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.LogProbsRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.LogProbsRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.LogProbsRequest();
                if (d.batch != null) {
                    if (!$util.isObject(d.batch))
                        throw $TypeError(".observe.v1.LogProbsRequest.batch: object expected");
                    m.batch = $root.observe.v1.SequenceBatch.fromObject(d.batch, q + 1);
                }
                if (d.role !== 0 && (typeof d.role !== "string" || $root.observe.v1.ModelRole[d.role] !== 0)) {
                    switch (d.role) {
                    case "MODEL_ROLE_UNSPECIFIED":
                    case 0:
                        m.role = 0;
                        break;
                    case "MODEL_ROLE_POLICY":
                    case 1:
                        m.role = 1;
                        break;
                    case "MODEL_ROLE_REFERENCE":
                    case 2:
                        m.role = 2;
                        break;
                    default:
                        if (typeof d.role === "number" && (d.role | 0) === d.role)
                            m.role = d.role;
                    }
                }
                if (d.microBatchSize != null) {
                    if ($Number(d.microBatchSize) !== 0) {
                        m.microBatchSize = d.microBatchSize >>> 0;
                    }
                }
                if (d.temperature != null) {
                    if (!$Object.is($Number(d.temperature), 0)) {
                        m.temperature = $Number(d.temperature);
                    }
                }
                if (d.maxTokensPerMicroBatch != null) {
                    if ($Number(d.maxTokensPerMicroBatch) !== 0) {
                        m.maxTokensPerMicroBatch = d.maxTokensPerMicroBatch >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LogProbsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.LogProbsRequest
             * @static
             * @param {observe.v1.LogProbsRequest} m LogProbsRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LogProbsRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.batch = null;
                    d.role = o.enums === $String ? "MODEL_ROLE_UNSPECIFIED" : 0;
                    d.microBatchSize = 0;
                    d.temperature = 0;
                    d.maxTokensPerMicroBatch = 0;
                }
                if (m.batch != null && $Object.hasOwnProperty.call(m, "batch")) {
                    d.batch = $root.observe.v1.SequenceBatch.toObject(m.batch, o, q + 1);
                }
                if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                    d.role = o.enums === $String ? $root.observe.v1.ModelRole[m.role] === $undefined ? m.role : $root.observe.v1.ModelRole[m.role] : m.role;
                }
                if (m.microBatchSize != null && $Object.hasOwnProperty.call(m, "microBatchSize")) {
                    d.microBatchSize = m.microBatchSize;
                }
                if (m.temperature != null && $Object.hasOwnProperty.call(m, "temperature")) {
                    d.temperature = o.json && !$isFinite(m.temperature) ? $String(m.temperature) : m.temperature;
                }
                if (m.maxTokensPerMicroBatch != null && $Object.hasOwnProperty.call(m, "maxTokensPerMicroBatch")) {
                    d.maxTokensPerMicroBatch = m.maxTokensPerMicroBatch;
                }
                return d;
            };

            /**
             * Converts this LogProbsRequest to JSON.
             * @function toJSON
             * @memberof observe.v1.LogProbsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LogProbsRequest.prototype.toJSON = function() {
                return LogProbsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LogProbsRequest
             * @function getTypeUrl
             * @memberof observe.v1.LogProbsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LogProbsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.LogProbsRequest";
            };

            return LogProbsRequest;
        })();

        v1.LogProbsReply = (function() {

            /**
             * Properties of a LogProbsReply.
             * @typedef {Object} observe.v1.LogProbsReply.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LogProbsReply.
             * @memberof observe.v1
             * @interface ILogProbsReply
             * @augments observe.v1.LogProbsReply.$Properties
             * @deprecated Use observe.v1.LogProbsReply.$Properties instead.
             */

            /**
             * Shape of a LogProbsReply.
             * @typedef {observe.v1.LogProbsReply.$Properties} observe.v1.LogProbsReply.$Shape
             */

            /**
             * Constructs a new LogProbsReply.
             * @memberof observe.v1
             * @classdesc Represents a LogProbsReply.
             * @constructor
             * @param {observe.v1.LogProbsReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LogProbsReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new LogProbsReply instance using the specified properties.
             * @function create
             * @memberof observe.v1.LogProbsReply
             * @static
             * @param {observe.v1.LogProbsReply.$Properties=} [properties] Properties to set
             * @returns {observe.v1.LogProbsReply} LogProbsReply instance
             * @type {{
             *   (properties: observe.v1.LogProbsReply.$Shape): observe.v1.LogProbsReply & observe.v1.LogProbsReply.$Shape;
             *   (properties?: observe.v1.LogProbsReply.$Properties): observe.v1.LogProbsReply;
             * }}
             */
            LogProbsReply.create = function(properties) {
                return new LogProbsReply(properties);
            };

            /**
             * Encodes the specified LogProbsReply message. Does not implicitly {@link observe.v1.LogProbsReply.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.LogProbsReply
             * @static
             * @param {observe.v1.LogProbsReply.$Properties} m LogProbsReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogProbsReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LogProbsReply message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.LogProbsReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.LogProbsReply & observe.v1.LogProbsReply.$Shape} LogProbsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogProbsReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.LogProbsReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a LogProbsReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.LogProbsReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.LogProbsReply} LogProbsReply
             */
            LogProbsReply.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.LogProbsReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.LogProbsReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.observe.v1.LogProbsReply();
            };

            /**
             * Creates a plain object from a LogProbsReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.LogProbsReply
             * @static
             * @param {observe.v1.LogProbsReply} m LogProbsReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LogProbsReply.toObject = function () {
                return {};
            };

            /**
             * Converts this LogProbsReply to JSON.
             * @function toJSON
             * @memberof observe.v1.LogProbsReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LogProbsReply.prototype.toJSON = function() {
                return LogProbsReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LogProbsReply
             * @function getTypeUrl
             * @memberof observe.v1.LogProbsReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LogProbsReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.LogProbsReply";
            };

            return LogProbsReply;
        })();

        /**
         * KlPenalty enum.
         * @name observe.v1.KlPenalty
         * @enum {number}
         * @property {number} KL_PENALTY_UNSPECIFIED=0 KL_PENALTY_UNSPECIFIED value
         * @property {number} KL_PENALTY_KL=1 KL_PENALTY_KL value
         * @property {number} KL_PENALTY_ABS=2 KL_PENALTY_ABS value
         * @property {number} KL_PENALTY_MSE=3 KL_PENALTY_MSE value
         * @property {number} KL_PENALTY_LOW_VAR_KL=4 KL_PENALTY_LOW_VAR_KL value
         */
        v1.KlPenalty = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "KL_PENALTY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "KL_PENALTY_KL"] = 1;
            values[valuesById[2] = "KL_PENALTY_ABS"] = 2;
            values[valuesById[3] = "KL_PENALTY_MSE"] = 3;
            values[valuesById[4] = "KL_PENALTY_LOW_VAR_KL"] = 4;
            return values;
        })();

        /**
         * LossType enum.
         * @name observe.v1.LossType
         * @enum {number}
         * @property {number} LOSS_TYPE_UNSPECIFIED=0 LOSS_TYPE_UNSPECIFIED value
         * @property {number} LOSS_TYPE_DEFAULT=1 LOSS_TYPE_DEFAULT value
         * @property {number} LOSS_TYPE_GSPO=2 LOSS_TYPE_GSPO value
         * @property {number} LOSS_TYPE_GSPO_TOKEN=3 LOSS_TYPE_GSPO_TOKEN value
         */
        v1.LossType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LOSS_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "LOSS_TYPE_DEFAULT"] = 1;
            values[valuesById[2] = "LOSS_TYPE_GSPO"] = 2;
            values[valuesById[3] = "LOSS_TYPE_GSPO_TOKEN"] = 3;
            return values;
        })();

        /**
         * LossAggMode enum.
         * @name observe.v1.LossAggMode
         * @enum {number}
         * @property {number} LOSS_AGG_MODE_UNSPECIFIED=0 LOSS_AGG_MODE_UNSPECIFIED value
         * @property {number} LOSS_AGG_MODE_TOKEN_MEAN=1 LOSS_AGG_MODE_TOKEN_MEAN value
         * @property {number} LOSS_AGG_MODE_SEQ_MEAN_TOKEN_MEAN=2 LOSS_AGG_MODE_SEQ_MEAN_TOKEN_MEAN value
         * @property {number} LOSS_AGG_MODE_SEQ_MEAN_TOKEN_SUM=3 LOSS_AGG_MODE_SEQ_MEAN_TOKEN_SUM value
         * @property {number} LOSS_AGG_MODE_SEQ_MEAN_TOKEN_SUM_NORM=4 LOSS_AGG_MODE_SEQ_MEAN_TOKEN_SUM_NORM value
         */
        v1.LossAggMode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LOSS_AGG_MODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "LOSS_AGG_MODE_TOKEN_MEAN"] = 1;
            values[valuesById[2] = "LOSS_AGG_MODE_SEQ_MEAN_TOKEN_MEAN"] = 2;
            values[valuesById[3] = "LOSS_AGG_MODE_SEQ_MEAN_TOKEN_SUM"] = 3;
            values[valuesById[4] = "LOSS_AGG_MODE_SEQ_MEAN_TOKEN_SUM_NORM"] = 4;
            return values;
        })();

        v1.TrainStepRequest = (function() {

            /**
             * Properties of a TrainStepRequest.
             * @typedef {Object} observe.v1.TrainStepRequest.$Properties
             * @property {observe.v1.SequenceBatch.$Properties|null} [batch] TrainStepRequest batch
             * @property {number|null} [lr] TrainStepRequest lr
             * @property {number|null} [clipRatioLow] TrainStepRequest clipRatioLow
             * @property {number|null} [clipRatioHigh] TrainStepRequest clipRatioHigh
             * @property {number|null} [klCoef] TrainStepRequest klCoef
             * @property {observe.v1.KlPenalty|null} [klPenalty] TrainStepRequest klPenalty
             * @property {boolean|null} [useKlLoss] TrainStepRequest useKlLoss
             * @property {number|null} [advantageClip] TrainStepRequest advantageClip
             * @property {observe.v1.LossAggMode|null} [lossAggMode] TrainStepRequest lossAggMode
             * @property {number|null} [microBatchSize] TrainStepRequest microBatchSize
             * @property {number|null} [temperature] TrainStepRequest temperature
             * @property {observe.v1.KlPenalty|null} [klLossType] TrainStepRequest klLossType
             * @property {number|null} [lossScaleFactor] TrainStepRequest lossScaleFactor
             * @property {number|null} [gamma] TrainStepRequest gamma
             * @property {number|null} [clipRatioDual] TrainStepRequest clipRatioDual
             * @property {observe.v1.LossType|null} [lossType] TrainStepRequest lossType
             * @property {number|null} [maxTokensPerMicroBatch] TrainStepRequest maxTokensPerMicroBatch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TrainStepRequest.
             * @memberof observe.v1
             * @interface ITrainStepRequest
             * @augments observe.v1.TrainStepRequest.$Properties
             * @deprecated Use observe.v1.TrainStepRequest.$Properties instead.
             */

            /**
             * Shape of a TrainStepRequest.
             * @typedef {observe.v1.TrainStepRequest.$Properties} observe.v1.TrainStepRequest.$Shape
             */

            /**
             * Constructs a new TrainStepRequest.
             * @memberof observe.v1
             * @classdesc Represents a TrainStepRequest.
             * @constructor
             * @param {observe.v1.TrainStepRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TrainStepRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TrainStepRequest batch.
             * @member {observe.v1.SequenceBatch.$Properties|null|undefined} batch
             * @memberof observe.v1.TrainStepRequest
             * @instance
             */
            TrainStepRequest.prototype.batch = null;

            /**
             * TrainStepRequest lr.
             * @member {number|null|undefined} lr
             * @memberof observe.v1.TrainStepRequest
             * @instance
             */
            TrainStepRequest.prototype.lr = null;

            /**
             * TrainStepRequest clipRatioLow.
             * @member {number|null|undefined} clipRatioLow
             * @memberof observe.v1.TrainStepRequest
             * @instance
             */
            TrainStepRequest.prototype.clipRatioLow = null;

            /**
             * TrainStepRequest clipRatioHigh.
             * @member {number|null|undefined} clipRatioHigh
             * @memberof observe.v1.TrainStepRequest
             * @instance
             */
            TrainStepRequest.prototype.clipRatioHigh = null;

            /**
             * TrainStepRequest klCoef.
             * @member {number|null|undefined} klCoef
             * @memberof observe.v1.TrainStepRequest
             * @instance
             */
            TrainStepRequest.prototype.klCoef = null;

            /**
             * TrainStepRequest klPenalty.
             * @member {observe.v1.KlPenalty} klPenalty
             * @memberof observe.v1.TrainStepRequest
             * @instance
             */
            TrainStepRequest.prototype.klPenalty = 0;

            /**
             * TrainStepRequest useKlLoss.
             * @member {boolean|null|undefined} useKlLoss
             * @memberof observe.v1.TrainStepRequest
             * @instance
             */
            TrainStepRequest.prototype.useKlLoss = null;

            /**
             * TrainStepRequest advantageClip.
             * @member {number|null|undefined} advantageClip
             * @memberof observe.v1.TrainStepRequest
             * @instance
             */
            TrainStepRequest.prototype.advantageClip = null;

            /**
             * TrainStepRequest lossAggMode.
             * @member {observe.v1.LossAggMode} lossAggMode
             * @memberof observe.v1.TrainStepRequest
             * @instance
             */
            TrainStepRequest.prototype.lossAggMode = 0;

            /**
             * TrainStepRequest microBatchSize.
             * @member {number} microBatchSize
             * @memberof observe.v1.TrainStepRequest
             * @instance
             */
            TrainStepRequest.prototype.microBatchSize = 0;

            /**
             * TrainStepRequest temperature.
             * @member {number|null|undefined} temperature
             * @memberof observe.v1.TrainStepRequest
             * @instance
             */
            TrainStepRequest.prototype.temperature = null;

            /**
             * TrainStepRequest klLossType.
             * @member {observe.v1.KlPenalty} klLossType
             * @memberof observe.v1.TrainStepRequest
             * @instance
             */
            TrainStepRequest.prototype.klLossType = 0;

            /**
             * TrainStepRequest lossScaleFactor.
             * @member {number|null|undefined} lossScaleFactor
             * @memberof observe.v1.TrainStepRequest
             * @instance
             */
            TrainStepRequest.prototype.lossScaleFactor = null;

            /**
             * TrainStepRequest gamma.
             * @member {number|null|undefined} gamma
             * @memberof observe.v1.TrainStepRequest
             * @instance
             */
            TrainStepRequest.prototype.gamma = null;

            /**
             * TrainStepRequest clipRatioDual.
             * @member {number|null|undefined} clipRatioDual
             * @memberof observe.v1.TrainStepRequest
             * @instance
             */
            TrainStepRequest.prototype.clipRatioDual = null;

            /**
             * TrainStepRequest lossType.
             * @member {observe.v1.LossType} lossType
             * @memberof observe.v1.TrainStepRequest
             * @instance
             */
            TrainStepRequest.prototype.lossType = 0;

            /**
             * TrainStepRequest maxTokensPerMicroBatch.
             * @member {number} maxTokensPerMicroBatch
             * @memberof observe.v1.TrainStepRequest
             * @instance
             */
            TrainStepRequest.prototype.maxTokensPerMicroBatch = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TrainStepRequest.prototype, "_lr", {
                get: $util.oneOfGetter($oneOfFields = ["lr"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TrainStepRequest.prototype, "_clipRatioLow", {
                get: $util.oneOfGetter($oneOfFields = ["clipRatioLow"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TrainStepRequest.prototype, "_clipRatioHigh", {
                get: $util.oneOfGetter($oneOfFields = ["clipRatioHigh"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TrainStepRequest.prototype, "_klCoef", {
                get: $util.oneOfGetter($oneOfFields = ["klCoef"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TrainStepRequest.prototype, "_useKlLoss", {
                get: $util.oneOfGetter($oneOfFields = ["useKlLoss"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TrainStepRequest.prototype, "_advantageClip", {
                get: $util.oneOfGetter($oneOfFields = ["advantageClip"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TrainStepRequest.prototype, "_temperature", {
                get: $util.oneOfGetter($oneOfFields = ["temperature"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TrainStepRequest.prototype, "_lossScaleFactor", {
                get: $util.oneOfGetter($oneOfFields = ["lossScaleFactor"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TrainStepRequest.prototype, "_gamma", {
                get: $util.oneOfGetter($oneOfFields = ["gamma"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TrainStepRequest.prototype, "_clipRatioDual", {
                get: $util.oneOfGetter($oneOfFields = ["clipRatioDual"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new TrainStepRequest instance using the specified properties.
             * @function create
             * @memberof observe.v1.TrainStepRequest
             * @static
             * @param {observe.v1.TrainStepRequest.$Properties=} [properties] Properties to set
             * @returns {observe.v1.TrainStepRequest} TrainStepRequest instance
             * @type {{
             *   (properties: observe.v1.TrainStepRequest.$Shape): observe.v1.TrainStepRequest & observe.v1.TrainStepRequest.$Shape;
             *   (properties?: observe.v1.TrainStepRequest.$Properties): observe.v1.TrainStepRequest;
             * }}
             */
            TrainStepRequest.create = function(properties) {
                return new TrainStepRequest(properties);
            };

            /**
             * Encodes the specified TrainStepRequest message. Does not implicitly {@link observe.v1.TrainStepRequest.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.TrainStepRequest
             * @static
             * @param {observe.v1.TrainStepRequest.$Properties} m TrainStepRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrainStepRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.batch != null && $Object.hasOwnProperty.call(m, "batch"))
                    $root.observe.v1.SequenceBatch.encode(m.batch, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.lr != null && $Object.hasOwnProperty.call(m, "lr"))
                    w.uint32(/* id 2, wireType 5 =*/21).float(m.lr);
                if (m.clipRatioLow != null && $Object.hasOwnProperty.call(m, "clipRatioLow"))
                    w.uint32(/* id 3, wireType 5 =*/29).float(m.clipRatioLow);
                if (m.clipRatioHigh != null && $Object.hasOwnProperty.call(m, "clipRatioHigh"))
                    w.uint32(/* id 4, wireType 5 =*/37).float(m.clipRatioHigh);
                if (m.klCoef != null && $Object.hasOwnProperty.call(m, "klCoef"))
                    w.uint32(/* id 5, wireType 5 =*/45).float(m.klCoef);
                if (m.klPenalty != null && $Object.hasOwnProperty.call(m, "klPenalty") && m.klPenalty !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).int32(m.klPenalty);
                if (m.useKlLoss != null && $Object.hasOwnProperty.call(m, "useKlLoss"))
                    w.uint32(/* id 7, wireType 0 =*/56).bool(m.useKlLoss);
                if (m.advantageClip != null && $Object.hasOwnProperty.call(m, "advantageClip"))
                    w.uint32(/* id 8, wireType 5 =*/69).float(m.advantageClip);
                if (m.lossAggMode != null && $Object.hasOwnProperty.call(m, "lossAggMode") && m.lossAggMode !== 0)
                    w.uint32(/* id 9, wireType 0 =*/72).int32(m.lossAggMode);
                if (m.microBatchSize != null && $Object.hasOwnProperty.call(m, "microBatchSize") && m.microBatchSize !== 0)
                    w.uint32(/* id 10, wireType 0 =*/80).uint32(m.microBatchSize);
                if (m.temperature != null && $Object.hasOwnProperty.call(m, "temperature"))
                    w.uint32(/* id 11, wireType 5 =*/93).float(m.temperature);
                if (m.klLossType != null && $Object.hasOwnProperty.call(m, "klLossType") && m.klLossType !== 0)
                    w.uint32(/* id 12, wireType 0 =*/96).int32(m.klLossType);
                if (m.lossScaleFactor != null && $Object.hasOwnProperty.call(m, "lossScaleFactor"))
                    w.uint32(/* id 13, wireType 5 =*/109).float(m.lossScaleFactor);
                if (m.gamma != null && $Object.hasOwnProperty.call(m, "gamma"))
                    w.uint32(/* id 14, wireType 5 =*/117).float(m.gamma);
                if (m.clipRatioDual != null && $Object.hasOwnProperty.call(m, "clipRatioDual"))
                    w.uint32(/* id 15, wireType 5 =*/125).float(m.clipRatioDual);
                if (m.lossType != null && $Object.hasOwnProperty.call(m, "lossType") && m.lossType !== 0)
                    w.uint32(/* id 16, wireType 0 =*/128).int32(m.lossType);
                if (m.maxTokensPerMicroBatch != null && $Object.hasOwnProperty.call(m, "maxTokensPerMicroBatch") && m.maxTokensPerMicroBatch !== 0)
                    w.uint32(/* id 17, wireType 0 =*/136).uint32(m.maxTokensPerMicroBatch);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a TrainStepRequest message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.TrainStepRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.TrainStepRequest & observe.v1.TrainStepRequest.$Shape} TrainStepRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrainStepRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.TrainStepRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.batch = $root.observe.v1.SequenceBatch.decode(r, r.size(), $undefined, q + 1, m.batch);
                            continue;
                        }
                    case 2: {
                            if (u !== 5)
                                break;
                            m.lr = r.float();
                            m._lr = "lr";
                            continue;
                        }
                    case 3: {
                            if (u !== 5)
                                break;
                            m.clipRatioLow = r.float();
                            m._clipRatioLow = "clipRatioLow";
                            continue;
                        }
                    case 4: {
                            if (u !== 5)
                                break;
                            m.clipRatioHigh = r.float();
                            m._clipRatioHigh = "clipRatioHigh";
                            continue;
                        }
                    case 5: {
                            if (u !== 5)
                                break;
                            m.klCoef = r.float();
                            m._klCoef = "klCoef";
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.klPenalty = v;
                            else
                                delete m.klPenalty;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            m.useKlLoss = r.bool();
                            m._useKlLoss = "useKlLoss";
                            continue;
                        }
                    case 8: {
                            if (u !== 5)
                                break;
                            m.advantageClip = r.float();
                            m._advantageClip = "advantageClip";
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.lossAggMode = v;
                            else
                                delete m.lossAggMode;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.microBatchSize = v;
                            else
                                delete m.microBatchSize;
                            continue;
                        }
                    case 11: {
                            if (u !== 5)
                                break;
                            m.temperature = r.float();
                            m._temperature = "temperature";
                            continue;
                        }
                    case 12: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.klLossType = v;
                            else
                                delete m.klLossType;
                            continue;
                        }
                    case 13: {
                            if (u !== 5)
                                break;
                            m.lossScaleFactor = r.float();
                            m._lossScaleFactor = "lossScaleFactor";
                            continue;
                        }
                    case 14: {
                            if (u !== 5)
                                break;
                            m.gamma = r.float();
                            m._gamma = "gamma";
                            continue;
                        }
                    case 15: {
                            if (u !== 5)
                                break;
                            m.clipRatioDual = r.float();
                            m._clipRatioDual = "clipRatioDual";
                            continue;
                        }
                    case 16: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.lossType = v;
                            else
                                delete m.lossType;
                            continue;
                        }
                    case 17: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxTokensPerMicroBatch = v;
                            else
                                delete m.maxTokensPerMicroBatch;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a TrainStepRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.TrainStepRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.TrainStepRequest} TrainStepRequest
             */
            TrainStepRequest.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.TrainStepRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.TrainStepRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.TrainStepRequest();
                if (d.batch != null) {
                    if (!$util.isObject(d.batch))
                        throw $TypeError(".observe.v1.TrainStepRequest.batch: object expected");
                    m.batch = $root.observe.v1.SequenceBatch.fromObject(d.batch, q + 1);
                }
                if (d.lr != null) {
                    m.lr = $Number(d.lr);
                }
                if (d.clipRatioLow != null) {
                    m.clipRatioLow = $Number(d.clipRatioLow);
                }
                if (d.clipRatioHigh != null) {
                    m.clipRatioHigh = $Number(d.clipRatioHigh);
                }
                if (d.klCoef != null) {
                    m.klCoef = $Number(d.klCoef);
                }
                if (d.klPenalty !== 0 && (typeof d.klPenalty !== "string" || $root.observe.v1.KlPenalty[d.klPenalty] !== 0)) {
                    switch (d.klPenalty) {
                    case "KL_PENALTY_UNSPECIFIED":
                    case 0:
                        m.klPenalty = 0;
                        break;
                    case "KL_PENALTY_KL":
                    case 1:
                        m.klPenalty = 1;
                        break;
                    case "KL_PENALTY_ABS":
                    case 2:
                        m.klPenalty = 2;
                        break;
                    case "KL_PENALTY_MSE":
                    case 3:
                        m.klPenalty = 3;
                        break;
                    case "KL_PENALTY_LOW_VAR_KL":
                    case 4:
                        m.klPenalty = 4;
                        break;
                    default:
                        if (typeof d.klPenalty === "number" && (d.klPenalty | 0) === d.klPenalty)
                            m.klPenalty = d.klPenalty;
                    }
                }
                if (d.useKlLoss != null) {
                    m.useKlLoss = $Boolean(d.useKlLoss);
                }
                if (d.advantageClip != null) {
                    m.advantageClip = $Number(d.advantageClip);
                }
                if (d.lossAggMode !== 0 && (typeof d.lossAggMode !== "string" || $root.observe.v1.LossAggMode[d.lossAggMode] !== 0)) {
                    switch (d.lossAggMode) {
                    case "LOSS_AGG_MODE_UNSPECIFIED":
                    case 0:
                        m.lossAggMode = 0;
                        break;
                    case "LOSS_AGG_MODE_TOKEN_MEAN":
                    case 1:
                        m.lossAggMode = 1;
                        break;
                    case "LOSS_AGG_MODE_SEQ_MEAN_TOKEN_MEAN":
                    case 2:
                        m.lossAggMode = 2;
                        break;
                    case "LOSS_AGG_MODE_SEQ_MEAN_TOKEN_SUM":
                    case 3:
                        m.lossAggMode = 3;
                        break;
                    case "LOSS_AGG_MODE_SEQ_MEAN_TOKEN_SUM_NORM":
                    case 4:
                        m.lossAggMode = 4;
                        break;
                    default:
                        if (typeof d.lossAggMode === "number" && (d.lossAggMode | 0) === d.lossAggMode)
                            m.lossAggMode = d.lossAggMode;
                    }
                }
                if (d.microBatchSize != null) {
                    if ($Number(d.microBatchSize) !== 0) {
                        m.microBatchSize = d.microBatchSize >>> 0;
                    }
                }
                if (d.temperature != null) {
                    m.temperature = $Number(d.temperature);
                }
                if (d.klLossType !== 0 && (typeof d.klLossType !== "string" || $root.observe.v1.KlPenalty[d.klLossType] !== 0)) {
                    switch (d.klLossType) {
                    case "KL_PENALTY_UNSPECIFIED":
                    case 0:
                        m.klLossType = 0;
                        break;
                    case "KL_PENALTY_KL":
                    case 1:
                        m.klLossType = 1;
                        break;
                    case "KL_PENALTY_ABS":
                    case 2:
                        m.klLossType = 2;
                        break;
                    case "KL_PENALTY_MSE":
                    case 3:
                        m.klLossType = 3;
                        break;
                    case "KL_PENALTY_LOW_VAR_KL":
                    case 4:
                        m.klLossType = 4;
                        break;
                    default:
                        if (typeof d.klLossType === "number" && (d.klLossType | 0) === d.klLossType)
                            m.klLossType = d.klLossType;
                    }
                }
                if (d.lossScaleFactor != null) {
                    m.lossScaleFactor = $Number(d.lossScaleFactor);
                }
                if (d.gamma != null) {
                    m.gamma = $Number(d.gamma);
                }
                if (d.clipRatioDual != null) {
                    m.clipRatioDual = $Number(d.clipRatioDual);
                }
                if (d.lossType !== 0 && (typeof d.lossType !== "string" || $root.observe.v1.LossType[d.lossType] !== 0)) {
                    switch (d.lossType) {
                    case "LOSS_TYPE_UNSPECIFIED":
                    case 0:
                        m.lossType = 0;
                        break;
                    case "LOSS_TYPE_DEFAULT":
                    case 1:
                        m.lossType = 1;
                        break;
                    case "LOSS_TYPE_GSPO":
                    case 2:
                        m.lossType = 2;
                        break;
                    case "LOSS_TYPE_GSPO_TOKEN":
                    case 3:
                        m.lossType = 3;
                        break;
                    default:
                        if (typeof d.lossType === "number" && (d.lossType | 0) === d.lossType)
                            m.lossType = d.lossType;
                    }
                }
                if (d.maxTokensPerMicroBatch != null) {
                    if ($Number(d.maxTokensPerMicroBatch) !== 0) {
                        m.maxTokensPerMicroBatch = d.maxTokensPerMicroBatch >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TrainStepRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.TrainStepRequest
             * @static
             * @param {observe.v1.TrainStepRequest} m TrainStepRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TrainStepRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.batch = null;
                    d.klPenalty = o.enums === $String ? "KL_PENALTY_UNSPECIFIED" : 0;
                    d.lossAggMode = o.enums === $String ? "LOSS_AGG_MODE_UNSPECIFIED" : 0;
                    d.microBatchSize = 0;
                    d.klLossType = o.enums === $String ? "KL_PENALTY_UNSPECIFIED" : 0;
                    d.lossType = o.enums === $String ? "LOSS_TYPE_UNSPECIFIED" : 0;
                    d.maxTokensPerMicroBatch = 0;
                }
                if (m.batch != null && $Object.hasOwnProperty.call(m, "batch")) {
                    d.batch = $root.observe.v1.SequenceBatch.toObject(m.batch, o, q + 1);
                }
                if (m.lr != null && $Object.hasOwnProperty.call(m, "lr")) {
                    d.lr = o.json && !$isFinite(m.lr) ? $String(m.lr) : m.lr;
                }
                if (m.clipRatioLow != null && $Object.hasOwnProperty.call(m, "clipRatioLow")) {
                    d.clipRatioLow = o.json && !$isFinite(m.clipRatioLow) ? $String(m.clipRatioLow) : m.clipRatioLow;
                }
                if (m.clipRatioHigh != null && $Object.hasOwnProperty.call(m, "clipRatioHigh")) {
                    d.clipRatioHigh = o.json && !$isFinite(m.clipRatioHigh) ? $String(m.clipRatioHigh) : m.clipRatioHigh;
                }
                if (m.klCoef != null && $Object.hasOwnProperty.call(m, "klCoef")) {
                    d.klCoef = o.json && !$isFinite(m.klCoef) ? $String(m.klCoef) : m.klCoef;
                }
                if (m.klPenalty != null && $Object.hasOwnProperty.call(m, "klPenalty")) {
                    d.klPenalty = o.enums === $String ? $root.observe.v1.KlPenalty[m.klPenalty] === $undefined ? m.klPenalty : $root.observe.v1.KlPenalty[m.klPenalty] : m.klPenalty;
                }
                if (m.useKlLoss != null && $Object.hasOwnProperty.call(m, "useKlLoss")) {
                    d.useKlLoss = m.useKlLoss;
                }
                if (m.advantageClip != null && $Object.hasOwnProperty.call(m, "advantageClip")) {
                    d.advantageClip = o.json && !$isFinite(m.advantageClip) ? $String(m.advantageClip) : m.advantageClip;
                }
                if (m.lossAggMode != null && $Object.hasOwnProperty.call(m, "lossAggMode")) {
                    d.lossAggMode = o.enums === $String ? $root.observe.v1.LossAggMode[m.lossAggMode] === $undefined ? m.lossAggMode : $root.observe.v1.LossAggMode[m.lossAggMode] : m.lossAggMode;
                }
                if (m.microBatchSize != null && $Object.hasOwnProperty.call(m, "microBatchSize")) {
                    d.microBatchSize = m.microBatchSize;
                }
                if (m.temperature != null && $Object.hasOwnProperty.call(m, "temperature")) {
                    d.temperature = o.json && !$isFinite(m.temperature) ? $String(m.temperature) : m.temperature;
                }
                if (m.klLossType != null && $Object.hasOwnProperty.call(m, "klLossType")) {
                    d.klLossType = o.enums === $String ? $root.observe.v1.KlPenalty[m.klLossType] === $undefined ? m.klLossType : $root.observe.v1.KlPenalty[m.klLossType] : m.klLossType;
                }
                if (m.lossScaleFactor != null && $Object.hasOwnProperty.call(m, "lossScaleFactor")) {
                    d.lossScaleFactor = o.json && !$isFinite(m.lossScaleFactor) ? $String(m.lossScaleFactor) : m.lossScaleFactor;
                }
                if (m.gamma != null && $Object.hasOwnProperty.call(m, "gamma")) {
                    d.gamma = o.json && !$isFinite(m.gamma) ? $String(m.gamma) : m.gamma;
                }
                if (m.clipRatioDual != null && $Object.hasOwnProperty.call(m, "clipRatioDual")) {
                    d.clipRatioDual = o.json && !$isFinite(m.clipRatioDual) ? $String(m.clipRatioDual) : m.clipRatioDual;
                }
                if (m.lossType != null && $Object.hasOwnProperty.call(m, "lossType")) {
                    d.lossType = o.enums === $String ? $root.observe.v1.LossType[m.lossType] === $undefined ? m.lossType : $root.observe.v1.LossType[m.lossType] : m.lossType;
                }
                if (m.maxTokensPerMicroBatch != null && $Object.hasOwnProperty.call(m, "maxTokensPerMicroBatch")) {
                    d.maxTokensPerMicroBatch = m.maxTokensPerMicroBatch;
                }
                return d;
            };

            /**
             * Converts this TrainStepRequest to JSON.
             * @function toJSON
             * @memberof observe.v1.TrainStepRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TrainStepRequest.prototype.toJSON = function() {
                return TrainStepRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TrainStepRequest
             * @function getTypeUrl
             * @memberof observe.v1.TrainStepRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TrainStepRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.TrainStepRequest";
            };

            return TrainStepRequest;
        })();

        v1.TrainStepReply = (function() {

            /**
             * Properties of a TrainStepReply.
             * @typedef {Object} observe.v1.TrainStepReply.$Properties
             * @property {number|null} [loss] TrainStepReply loss
             * @property {number|null} [pgLoss] TrainStepReply pgLoss
             * @property {number|null} [kl] TrainStepReply kl
             * @property {number|null} [clipfrac] TrainStepReply clipfrac
             * @property {number|null} [gradNorm] TrainStepReply gradNorm
             * @property {number|null} [entropy] TrainStepReply entropy
             * @property {number|null} [lr] TrainStepReply lr
             * @property {number|null} [numTokens] TrainStepReply numTokens
             * @property {number|null} [ppoKl] TrainStepReply ppoKl
             * @property {observe.v1.StepPerf.$Properties|null} [perf] TrainStepReply perf
             * @property {number|null} [klLoss] TrainStepReply klLoss
             * @property {number|null} [clipfracHigher] TrainStepReply clipfracHigher
             * @property {number|null} [clipfracLower] TrainStepReply clipfracLower
             * @property {number|null} [clipfracDual] TrainStepReply clipfracDual
             * @property {number|null} [advantagesMean] TrainStepReply advantagesMean
             * @property {number|null} [advantagesMax] TrainStepReply advantagesMax
             * @property {number|null} [advantagesMin] TrainStepReply advantagesMin
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TrainStepReply.
             * @memberof observe.v1
             * @interface ITrainStepReply
             * @augments observe.v1.TrainStepReply.$Properties
             * @deprecated Use observe.v1.TrainStepReply.$Properties instead.
             */

            /**
             * Shape of a TrainStepReply.
             * @typedef {observe.v1.TrainStepReply.$Properties} observe.v1.TrainStepReply.$Shape
             */

            /**
             * Constructs a new TrainStepReply.
             * @memberof observe.v1
             * @classdesc Represents a TrainStepReply.
             * @constructor
             * @param {observe.v1.TrainStepReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TrainStepReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TrainStepReply loss.
             * @member {number} loss
             * @memberof observe.v1.TrainStepReply
             * @instance
             */
            TrainStepReply.prototype.loss = 0;

            /**
             * TrainStepReply pgLoss.
             * @member {number} pgLoss
             * @memberof observe.v1.TrainStepReply
             * @instance
             */
            TrainStepReply.prototype.pgLoss = 0;

            /**
             * TrainStepReply kl.
             * @member {number} kl
             * @memberof observe.v1.TrainStepReply
             * @instance
             */
            TrainStepReply.prototype.kl = 0;

            /**
             * TrainStepReply clipfrac.
             * @member {number} clipfrac
             * @memberof observe.v1.TrainStepReply
             * @instance
             */
            TrainStepReply.prototype.clipfrac = 0;

            /**
             * TrainStepReply gradNorm.
             * @member {number} gradNorm
             * @memberof observe.v1.TrainStepReply
             * @instance
             */
            TrainStepReply.prototype.gradNorm = 0;

            /**
             * TrainStepReply entropy.
             * @member {number} entropy
             * @memberof observe.v1.TrainStepReply
             * @instance
             */
            TrainStepReply.prototype.entropy = 0;

            /**
             * TrainStepReply lr.
             * @member {number} lr
             * @memberof observe.v1.TrainStepReply
             * @instance
             */
            TrainStepReply.prototype.lr = 0;

            /**
             * TrainStepReply numTokens.
             * @member {number} numTokens
             * @memberof observe.v1.TrainStepReply
             * @instance
             */
            TrainStepReply.prototype.numTokens = 0;

            /**
             * TrainStepReply ppoKl.
             * @member {number} ppoKl
             * @memberof observe.v1.TrainStepReply
             * @instance
             */
            TrainStepReply.prototype.ppoKl = 0;

            /**
             * TrainStepReply perf.
             * @member {observe.v1.StepPerf.$Properties|null|undefined} perf
             * @memberof observe.v1.TrainStepReply
             * @instance
             */
            TrainStepReply.prototype.perf = null;

            /**
             * TrainStepReply klLoss.
             * @member {number} klLoss
             * @memberof observe.v1.TrainStepReply
             * @instance
             */
            TrainStepReply.prototype.klLoss = 0;

            /**
             * TrainStepReply clipfracHigher.
             * @member {number} clipfracHigher
             * @memberof observe.v1.TrainStepReply
             * @instance
             */
            TrainStepReply.prototype.clipfracHigher = 0;

            /**
             * TrainStepReply clipfracLower.
             * @member {number} clipfracLower
             * @memberof observe.v1.TrainStepReply
             * @instance
             */
            TrainStepReply.prototype.clipfracLower = 0;

            /**
             * TrainStepReply clipfracDual.
             * @member {number} clipfracDual
             * @memberof observe.v1.TrainStepReply
             * @instance
             */
            TrainStepReply.prototype.clipfracDual = 0;

            /**
             * TrainStepReply advantagesMean.
             * @member {number} advantagesMean
             * @memberof observe.v1.TrainStepReply
             * @instance
             */
            TrainStepReply.prototype.advantagesMean = 0;

            /**
             * TrainStepReply advantagesMax.
             * @member {number} advantagesMax
             * @memberof observe.v1.TrainStepReply
             * @instance
             */
            TrainStepReply.prototype.advantagesMax = 0;

            /**
             * TrainStepReply advantagesMin.
             * @member {number} advantagesMin
             * @memberof observe.v1.TrainStepReply
             * @instance
             */
            TrainStepReply.prototype.advantagesMin = 0;

            /**
             * Creates a new TrainStepReply instance using the specified properties.
             * @function create
             * @memberof observe.v1.TrainStepReply
             * @static
             * @param {observe.v1.TrainStepReply.$Properties=} [properties] Properties to set
             * @returns {observe.v1.TrainStepReply} TrainStepReply instance
             * @type {{
             *   (properties: observe.v1.TrainStepReply.$Shape): observe.v1.TrainStepReply & observe.v1.TrainStepReply.$Shape;
             *   (properties?: observe.v1.TrainStepReply.$Properties): observe.v1.TrainStepReply;
             * }}
             */
            TrainStepReply.create = function(properties) {
                return new TrainStepReply(properties);
            };

            /**
             * Encodes the specified TrainStepReply message. Does not implicitly {@link observe.v1.TrainStepReply.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.TrainStepReply
             * @static
             * @param {observe.v1.TrainStepReply.$Properties} m TrainStepReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrainStepReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.loss != null && $Object.hasOwnProperty.call(m, "loss") && !$Object.is(m.loss, 0))
                    w.uint32(/* id 1, wireType 5 =*/13).float(m.loss);
                if (m.pgLoss != null && $Object.hasOwnProperty.call(m, "pgLoss") && !$Object.is(m.pgLoss, 0))
                    w.uint32(/* id 2, wireType 5 =*/21).float(m.pgLoss);
                if (m.kl != null && $Object.hasOwnProperty.call(m, "kl") && !$Object.is(m.kl, 0))
                    w.uint32(/* id 3, wireType 5 =*/29).float(m.kl);
                if (m.clipfrac != null && $Object.hasOwnProperty.call(m, "clipfrac") && !$Object.is(m.clipfrac, 0))
                    w.uint32(/* id 4, wireType 5 =*/37).float(m.clipfrac);
                if (m.gradNorm != null && $Object.hasOwnProperty.call(m, "gradNorm") && !$Object.is(m.gradNorm, 0))
                    w.uint32(/* id 5, wireType 5 =*/45).float(m.gradNorm);
                if (m.entropy != null && $Object.hasOwnProperty.call(m, "entropy") && !$Object.is(m.entropy, 0))
                    w.uint32(/* id 6, wireType 5 =*/53).float(m.entropy);
                if (m.lr != null && $Object.hasOwnProperty.call(m, "lr") && !$Object.is(m.lr, 0))
                    w.uint32(/* id 7, wireType 5 =*/61).float(m.lr);
                if (m.numTokens != null && $Object.hasOwnProperty.call(m, "numTokens") && m.numTokens !== 0)
                    w.uint32(/* id 8, wireType 0 =*/64).uint32(m.numTokens);
                if (m.ppoKl != null && $Object.hasOwnProperty.call(m, "ppoKl") && !$Object.is(m.ppoKl, 0))
                    w.uint32(/* id 9, wireType 5 =*/77).float(m.ppoKl);
                if (m.perf != null && $Object.hasOwnProperty.call(m, "perf"))
                    $root.observe.v1.StepPerf.encode(m.perf, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.klLoss != null && $Object.hasOwnProperty.call(m, "klLoss") && !$Object.is(m.klLoss, 0))
                    w.uint32(/* id 11, wireType 5 =*/93).float(m.klLoss);
                if (m.clipfracHigher != null && $Object.hasOwnProperty.call(m, "clipfracHigher") && !$Object.is(m.clipfracHigher, 0))
                    w.uint32(/* id 12, wireType 5 =*/101).float(m.clipfracHigher);
                if (m.clipfracLower != null && $Object.hasOwnProperty.call(m, "clipfracLower") && !$Object.is(m.clipfracLower, 0))
                    w.uint32(/* id 13, wireType 5 =*/109).float(m.clipfracLower);
                if (m.clipfracDual != null && $Object.hasOwnProperty.call(m, "clipfracDual") && !$Object.is(m.clipfracDual, 0))
                    w.uint32(/* id 14, wireType 5 =*/117).float(m.clipfracDual);
                if (m.advantagesMean != null && $Object.hasOwnProperty.call(m, "advantagesMean") && !$Object.is(m.advantagesMean, 0))
                    w.uint32(/* id 15, wireType 5 =*/125).float(m.advantagesMean);
                if (m.advantagesMax != null && $Object.hasOwnProperty.call(m, "advantagesMax") && !$Object.is(m.advantagesMax, 0))
                    w.uint32(/* id 16, wireType 5 =*/133).float(m.advantagesMax);
                if (m.advantagesMin != null && $Object.hasOwnProperty.call(m, "advantagesMin") && !$Object.is(m.advantagesMin, 0))
                    w.uint32(/* id 17, wireType 5 =*/141).float(m.advantagesMin);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a TrainStepReply message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.TrainStepReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.TrainStepReply & observe.v1.TrainStepReply.$Shape} TrainStepReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrainStepReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.TrainStepReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.loss = v;
                            else
                                delete m.loss;
                            continue;
                        }
                    case 2: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.pgLoss = v;
                            else
                                delete m.pgLoss;
                            continue;
                        }
                    case 3: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.kl = v;
                            else
                                delete m.kl;
                            continue;
                        }
                    case 4: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.clipfrac = v;
                            else
                                delete m.clipfrac;
                            continue;
                        }
                    case 5: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.gradNorm = v;
                            else
                                delete m.gradNorm;
                            continue;
                        }
                    case 6: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.entropy = v;
                            else
                                delete m.entropy;
                            continue;
                        }
                    case 7: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.lr = v;
                            else
                                delete m.lr;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.numTokens = v;
                            else
                                delete m.numTokens;
                            continue;
                        }
                    case 9: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.ppoKl = v;
                            else
                                delete m.ppoKl;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.perf = $root.observe.v1.StepPerf.decode(r, r.size(), $undefined, q + 1, m.perf);
                            continue;
                        }
                    case 11: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.klLoss = v;
                            else
                                delete m.klLoss;
                            continue;
                        }
                    case 12: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.clipfracHigher = v;
                            else
                                delete m.clipfracHigher;
                            continue;
                        }
                    case 13: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.clipfracLower = v;
                            else
                                delete m.clipfracLower;
                            continue;
                        }
                    case 14: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.clipfracDual = v;
                            else
                                delete m.clipfracDual;
                            continue;
                        }
                    case 15: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.advantagesMean = v;
                            else
                                delete m.advantagesMean;
                            continue;
                        }
                    case 16: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.advantagesMax = v;
                            else
                                delete m.advantagesMax;
                            continue;
                        }
                    case 17: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.advantagesMin = v;
                            else
                                delete m.advantagesMin;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a TrainStepReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.TrainStepReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.TrainStepReply} TrainStepReply
             */
            TrainStepReply.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.TrainStepReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.TrainStepReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.TrainStepReply();
                if (d.loss != null) {
                    if (!$Object.is($Number(d.loss), 0)) {
                        m.loss = $Number(d.loss);
                    }
                }
                if (d.pgLoss != null) {
                    if (!$Object.is($Number(d.pgLoss), 0)) {
                        m.pgLoss = $Number(d.pgLoss);
                    }
                }
                if (d.kl != null) {
                    if (!$Object.is($Number(d.kl), 0)) {
                        m.kl = $Number(d.kl);
                    }
                }
                if (d.clipfrac != null) {
                    if (!$Object.is($Number(d.clipfrac), 0)) {
                        m.clipfrac = $Number(d.clipfrac);
                    }
                }
                if (d.gradNorm != null) {
                    if (!$Object.is($Number(d.gradNorm), 0)) {
                        m.gradNorm = $Number(d.gradNorm);
                    }
                }
                if (d.entropy != null) {
                    if (!$Object.is($Number(d.entropy), 0)) {
                        m.entropy = $Number(d.entropy);
                    }
                }
                if (d.lr != null) {
                    if (!$Object.is($Number(d.lr), 0)) {
                        m.lr = $Number(d.lr);
                    }
                }
                if (d.numTokens != null) {
                    if ($Number(d.numTokens) !== 0) {
                        m.numTokens = d.numTokens >>> 0;
                    }
                }
                if (d.ppoKl != null) {
                    if (!$Object.is($Number(d.ppoKl), 0)) {
                        m.ppoKl = $Number(d.ppoKl);
                    }
                }
                if (d.perf != null) {
                    if (!$util.isObject(d.perf))
                        throw $TypeError(".observe.v1.TrainStepReply.perf: object expected");
                    m.perf = $root.observe.v1.StepPerf.fromObject(d.perf, q + 1);
                }
                if (d.klLoss != null) {
                    if (!$Object.is($Number(d.klLoss), 0)) {
                        m.klLoss = $Number(d.klLoss);
                    }
                }
                if (d.clipfracHigher != null) {
                    if (!$Object.is($Number(d.clipfracHigher), 0)) {
                        m.clipfracHigher = $Number(d.clipfracHigher);
                    }
                }
                if (d.clipfracLower != null) {
                    if (!$Object.is($Number(d.clipfracLower), 0)) {
                        m.clipfracLower = $Number(d.clipfracLower);
                    }
                }
                if (d.clipfracDual != null) {
                    if (!$Object.is($Number(d.clipfracDual), 0)) {
                        m.clipfracDual = $Number(d.clipfracDual);
                    }
                }
                if (d.advantagesMean != null) {
                    if (!$Object.is($Number(d.advantagesMean), 0)) {
                        m.advantagesMean = $Number(d.advantagesMean);
                    }
                }
                if (d.advantagesMax != null) {
                    if (!$Object.is($Number(d.advantagesMax), 0)) {
                        m.advantagesMax = $Number(d.advantagesMax);
                    }
                }
                if (d.advantagesMin != null) {
                    if (!$Object.is($Number(d.advantagesMin), 0)) {
                        m.advantagesMin = $Number(d.advantagesMin);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TrainStepReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.TrainStepReply
             * @static
             * @param {observe.v1.TrainStepReply} m TrainStepReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TrainStepReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.loss = 0;
                    d.pgLoss = 0;
                    d.kl = 0;
                    d.clipfrac = 0;
                    d.gradNorm = 0;
                    d.entropy = 0;
                    d.lr = 0;
                    d.numTokens = 0;
                    d.ppoKl = 0;
                    d.perf = null;
                    d.klLoss = 0;
                    d.clipfracHigher = 0;
                    d.clipfracLower = 0;
                    d.clipfracDual = 0;
                    d.advantagesMean = 0;
                    d.advantagesMax = 0;
                    d.advantagesMin = 0;
                }
                if (m.loss != null && $Object.hasOwnProperty.call(m, "loss")) {
                    d.loss = o.json && !$isFinite(m.loss) ? $String(m.loss) : m.loss;
                }
                if (m.pgLoss != null && $Object.hasOwnProperty.call(m, "pgLoss")) {
                    d.pgLoss = o.json && !$isFinite(m.pgLoss) ? $String(m.pgLoss) : m.pgLoss;
                }
                if (m.kl != null && $Object.hasOwnProperty.call(m, "kl")) {
                    d.kl = o.json && !$isFinite(m.kl) ? $String(m.kl) : m.kl;
                }
                if (m.clipfrac != null && $Object.hasOwnProperty.call(m, "clipfrac")) {
                    d.clipfrac = o.json && !$isFinite(m.clipfrac) ? $String(m.clipfrac) : m.clipfrac;
                }
                if (m.gradNorm != null && $Object.hasOwnProperty.call(m, "gradNorm")) {
                    d.gradNorm = o.json && !$isFinite(m.gradNorm) ? $String(m.gradNorm) : m.gradNorm;
                }
                if (m.entropy != null && $Object.hasOwnProperty.call(m, "entropy")) {
                    d.entropy = o.json && !$isFinite(m.entropy) ? $String(m.entropy) : m.entropy;
                }
                if (m.lr != null && $Object.hasOwnProperty.call(m, "lr")) {
                    d.lr = o.json && !$isFinite(m.lr) ? $String(m.lr) : m.lr;
                }
                if (m.numTokens != null && $Object.hasOwnProperty.call(m, "numTokens")) {
                    d.numTokens = m.numTokens;
                }
                if (m.ppoKl != null && $Object.hasOwnProperty.call(m, "ppoKl")) {
                    d.ppoKl = o.json && !$isFinite(m.ppoKl) ? $String(m.ppoKl) : m.ppoKl;
                }
                if (m.perf != null && $Object.hasOwnProperty.call(m, "perf")) {
                    d.perf = $root.observe.v1.StepPerf.toObject(m.perf, o, q + 1);
                }
                if (m.klLoss != null && $Object.hasOwnProperty.call(m, "klLoss")) {
                    d.klLoss = o.json && !$isFinite(m.klLoss) ? $String(m.klLoss) : m.klLoss;
                }
                if (m.clipfracHigher != null && $Object.hasOwnProperty.call(m, "clipfracHigher")) {
                    d.clipfracHigher = o.json && !$isFinite(m.clipfracHigher) ? $String(m.clipfracHigher) : m.clipfracHigher;
                }
                if (m.clipfracLower != null && $Object.hasOwnProperty.call(m, "clipfracLower")) {
                    d.clipfracLower = o.json && !$isFinite(m.clipfracLower) ? $String(m.clipfracLower) : m.clipfracLower;
                }
                if (m.clipfracDual != null && $Object.hasOwnProperty.call(m, "clipfracDual")) {
                    d.clipfracDual = o.json && !$isFinite(m.clipfracDual) ? $String(m.clipfracDual) : m.clipfracDual;
                }
                if (m.advantagesMean != null && $Object.hasOwnProperty.call(m, "advantagesMean")) {
                    d.advantagesMean = o.json && !$isFinite(m.advantagesMean) ? $String(m.advantagesMean) : m.advantagesMean;
                }
                if (m.advantagesMax != null && $Object.hasOwnProperty.call(m, "advantagesMax")) {
                    d.advantagesMax = o.json && !$isFinite(m.advantagesMax) ? $String(m.advantagesMax) : m.advantagesMax;
                }
                if (m.advantagesMin != null && $Object.hasOwnProperty.call(m, "advantagesMin")) {
                    d.advantagesMin = o.json && !$isFinite(m.advantagesMin) ? $String(m.advantagesMin) : m.advantagesMin;
                }
                return d;
            };

            /**
             * Converts this TrainStepReply to JSON.
             * @function toJSON
             * @memberof observe.v1.TrainStepReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TrainStepReply.prototype.toJSON = function() {
                return TrainStepReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TrainStepReply
             * @function getTypeUrl
             * @memberof observe.v1.TrainStepReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TrainStepReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.TrainStepReply";
            };

            return TrainStepReply;
        })();

        v1.StepPerf = (function() {

            /**
             * Properties of a StepPerf.
             * @typedef {Object} observe.v1.StepPerf.$Properties
             * @property {number|Long|null} [maxMemoryAllocatedBytes] StepPerf maxMemoryAllocatedBytes
             * @property {number|Long|null} [maxMemoryReservedBytes] StepPerf maxMemoryReservedBytes
             * @property {number|Long|null} [cpuMemoryUsedBytes] StepPerf cpuMemoryUsedBytes
             * @property {number|null} [microBatches] StepPerf microBatches
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StepPerf.
             * @memberof observe.v1
             * @interface IStepPerf
             * @augments observe.v1.StepPerf.$Properties
             * @deprecated Use observe.v1.StepPerf.$Properties instead.
             */

            /**
             * Shape of a StepPerf.
             * @typedef {observe.v1.StepPerf.$Properties} observe.v1.StepPerf.$Shape
             */

            /**
             * Constructs a new StepPerf.
             * @memberof observe.v1
             * @classdesc Represents a StepPerf.
             * @constructor
             * @param {observe.v1.StepPerf.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StepPerf = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * StepPerf maxMemoryAllocatedBytes.
             * @member {number|Long} maxMemoryAllocatedBytes
             * @memberof observe.v1.StepPerf
             * @instance
             */
            StepPerf.prototype.maxMemoryAllocatedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StepPerf maxMemoryReservedBytes.
             * @member {number|Long} maxMemoryReservedBytes
             * @memberof observe.v1.StepPerf
             * @instance
             */
            StepPerf.prototype.maxMemoryReservedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StepPerf cpuMemoryUsedBytes.
             * @member {number|Long} cpuMemoryUsedBytes
             * @memberof observe.v1.StepPerf
             * @instance
             */
            StepPerf.prototype.cpuMemoryUsedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StepPerf microBatches.
             * @member {number} microBatches
             * @memberof observe.v1.StepPerf
             * @instance
             */
            StepPerf.prototype.microBatches = 0;

            /**
             * Creates a new StepPerf instance using the specified properties.
             * @function create
             * @memberof observe.v1.StepPerf
             * @static
             * @param {observe.v1.StepPerf.$Properties=} [properties] Properties to set
             * @returns {observe.v1.StepPerf} StepPerf instance
             * @type {{
             *   (properties: observe.v1.StepPerf.$Shape): observe.v1.StepPerf & observe.v1.StepPerf.$Shape;
             *   (properties?: observe.v1.StepPerf.$Properties): observe.v1.StepPerf;
             * }}
             */
            StepPerf.create = function(properties) {
                return new StepPerf(properties);
            };

            /**
             * Encodes the specified StepPerf message. Does not implicitly {@link observe.v1.StepPerf.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.StepPerf
             * @static
             * @param {observe.v1.StepPerf.$Properties} m StepPerf message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StepPerf.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.maxMemoryAllocatedBytes != null && $Object.hasOwnProperty.call(m, "maxMemoryAllocatedBytes") && (typeof m.maxMemoryAllocatedBytes === "object" ? m.maxMemoryAllocatedBytes.low || m.maxMemoryAllocatedBytes.high : m.maxMemoryAllocatedBytes !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.maxMemoryAllocatedBytes);
                if (m.maxMemoryReservedBytes != null && $Object.hasOwnProperty.call(m, "maxMemoryReservedBytes") && (typeof m.maxMemoryReservedBytes === "object" ? m.maxMemoryReservedBytes.low || m.maxMemoryReservedBytes.high : m.maxMemoryReservedBytes !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.maxMemoryReservedBytes);
                if (m.cpuMemoryUsedBytes != null && $Object.hasOwnProperty.call(m, "cpuMemoryUsedBytes") && (typeof m.cpuMemoryUsedBytes === "object" ? m.cpuMemoryUsedBytes.low || m.cpuMemoryUsedBytes.high : m.cpuMemoryUsedBytes !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.cpuMemoryUsedBytes);
                if (m.microBatches != null && $Object.hasOwnProperty.call(m, "microBatches") && m.microBatches !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.microBatches);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a StepPerf message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.StepPerf
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.StepPerf & observe.v1.StepPerf.$Shape} StepPerf
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StepPerf.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.StepPerf();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.maxMemoryAllocatedBytes = v;
                            else
                                delete m.maxMemoryAllocatedBytes;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.maxMemoryReservedBytes = v;
                            else
                                delete m.maxMemoryReservedBytes;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.cpuMemoryUsedBytes = v;
                            else
                                delete m.cpuMemoryUsedBytes;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.microBatches = v;
                            else
                                delete m.microBatches;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a StepPerf message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.StepPerf
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.StepPerf} StepPerf
             */
            StepPerf.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.StepPerf)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.StepPerf: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.StepPerf();
                if (d.maxMemoryAllocatedBytes != null) {
                    if (typeof d.maxMemoryAllocatedBytes === "object" ? d.maxMemoryAllocatedBytes.low || d.maxMemoryAllocatedBytes.high : $Number(d.maxMemoryAllocatedBytes) !== 0) {
                        if ($util.Long)
                            m.maxMemoryAllocatedBytes = $util.Long.fromValue(d.maxMemoryAllocatedBytes, true);
                        else if (typeof d.maxMemoryAllocatedBytes === "string")
                            m.maxMemoryAllocatedBytes = $parseInt(d.maxMemoryAllocatedBytes, 10);
                        else if (typeof d.maxMemoryAllocatedBytes === "number")
                            m.maxMemoryAllocatedBytes = d.maxMemoryAllocatedBytes;
                        else if (typeof d.maxMemoryAllocatedBytes === "object")
                            m.maxMemoryAllocatedBytes = new $util.LongBits(d.maxMemoryAllocatedBytes.low >>> 0, d.maxMemoryAllocatedBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.maxMemoryReservedBytes != null) {
                    if (typeof d.maxMemoryReservedBytes === "object" ? d.maxMemoryReservedBytes.low || d.maxMemoryReservedBytes.high : $Number(d.maxMemoryReservedBytes) !== 0) {
                        if ($util.Long)
                            m.maxMemoryReservedBytes = $util.Long.fromValue(d.maxMemoryReservedBytes, true);
                        else if (typeof d.maxMemoryReservedBytes === "string")
                            m.maxMemoryReservedBytes = $parseInt(d.maxMemoryReservedBytes, 10);
                        else if (typeof d.maxMemoryReservedBytes === "number")
                            m.maxMemoryReservedBytes = d.maxMemoryReservedBytes;
                        else if (typeof d.maxMemoryReservedBytes === "object")
                            m.maxMemoryReservedBytes = new $util.LongBits(d.maxMemoryReservedBytes.low >>> 0, d.maxMemoryReservedBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.cpuMemoryUsedBytes != null) {
                    if (typeof d.cpuMemoryUsedBytes === "object" ? d.cpuMemoryUsedBytes.low || d.cpuMemoryUsedBytes.high : $Number(d.cpuMemoryUsedBytes) !== 0) {
                        if ($util.Long)
                            m.cpuMemoryUsedBytes = $util.Long.fromValue(d.cpuMemoryUsedBytes, true);
                        else if (typeof d.cpuMemoryUsedBytes === "string")
                            m.cpuMemoryUsedBytes = $parseInt(d.cpuMemoryUsedBytes, 10);
                        else if (typeof d.cpuMemoryUsedBytes === "number")
                            m.cpuMemoryUsedBytes = d.cpuMemoryUsedBytes;
                        else if (typeof d.cpuMemoryUsedBytes === "object")
                            m.cpuMemoryUsedBytes = new $util.LongBits(d.cpuMemoryUsedBytes.low >>> 0, d.cpuMemoryUsedBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.microBatches != null) {
                    if ($Number(d.microBatches) !== 0) {
                        m.microBatches = d.microBatches >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a StepPerf message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.StepPerf
             * @static
             * @param {observe.v1.StepPerf} m StepPerf
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StepPerf.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.maxMemoryAllocatedBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.maxMemoryAllocatedBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.maxMemoryReservedBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.maxMemoryReservedBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.cpuMemoryUsedBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.cpuMemoryUsedBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.microBatches = 0;
                }
                if (m.maxMemoryAllocatedBytes != null && $Object.hasOwnProperty.call(m, "maxMemoryAllocatedBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.maxMemoryAllocatedBytes = typeof m.maxMemoryAllocatedBytes === "number" ? $BigInt(m.maxMemoryAllocatedBytes) : $util.Long.fromBits(m.maxMemoryAllocatedBytes.low >>> 0, m.maxMemoryAllocatedBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.maxMemoryAllocatedBytes === "number")
                        d.maxMemoryAllocatedBytes = o.longs === $String ? $String(m.maxMemoryAllocatedBytes) : m.maxMemoryAllocatedBytes;
                    else
                        d.maxMemoryAllocatedBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.maxMemoryAllocatedBytes) : o.longs === $Number ? new $util.LongBits(m.maxMemoryAllocatedBytes.low >>> 0, m.maxMemoryAllocatedBytes.high >>> 0).toNumber(true) : m.maxMemoryAllocatedBytes;
                }
                if (m.maxMemoryReservedBytes != null && $Object.hasOwnProperty.call(m, "maxMemoryReservedBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.maxMemoryReservedBytes = typeof m.maxMemoryReservedBytes === "number" ? $BigInt(m.maxMemoryReservedBytes) : $util.Long.fromBits(m.maxMemoryReservedBytes.low >>> 0, m.maxMemoryReservedBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.maxMemoryReservedBytes === "number")
                        d.maxMemoryReservedBytes = o.longs === $String ? $String(m.maxMemoryReservedBytes) : m.maxMemoryReservedBytes;
                    else
                        d.maxMemoryReservedBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.maxMemoryReservedBytes) : o.longs === $Number ? new $util.LongBits(m.maxMemoryReservedBytes.low >>> 0, m.maxMemoryReservedBytes.high >>> 0).toNumber(true) : m.maxMemoryReservedBytes;
                }
                if (m.cpuMemoryUsedBytes != null && $Object.hasOwnProperty.call(m, "cpuMemoryUsedBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.cpuMemoryUsedBytes = typeof m.cpuMemoryUsedBytes === "number" ? $BigInt(m.cpuMemoryUsedBytes) : $util.Long.fromBits(m.cpuMemoryUsedBytes.low >>> 0, m.cpuMemoryUsedBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.cpuMemoryUsedBytes === "number")
                        d.cpuMemoryUsedBytes = o.longs === $String ? $String(m.cpuMemoryUsedBytes) : m.cpuMemoryUsedBytes;
                    else
                        d.cpuMemoryUsedBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.cpuMemoryUsedBytes) : o.longs === $Number ? new $util.LongBits(m.cpuMemoryUsedBytes.low >>> 0, m.cpuMemoryUsedBytes.high >>> 0).toNumber(true) : m.cpuMemoryUsedBytes;
                }
                if (m.microBatches != null && $Object.hasOwnProperty.call(m, "microBatches")) {
                    d.microBatches = m.microBatches;
                }
                return d;
            };

            /**
             * Converts this StepPerf to JSON.
             * @function toJSON
             * @memberof observe.v1.StepPerf
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StepPerf.prototype.toJSON = function() {
                return StepPerf.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StepPerf
             * @function getTypeUrl
             * @memberof observe.v1.StepPerf
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StepPerf.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.StepPerf";
            };

            return StepPerf;
        })();

        v1.SftStepRequest = (function() {

            /**
             * Properties of a SftStepRequest.
             * @typedef {Object} observe.v1.SftStepRequest.$Properties
             * @property {observe.v1.SequenceBatch.$Properties|null} [batch] SftStepRequest batch
             * @property {number|null} [lr] SftStepRequest lr
             * @property {number|null} [microBatchSize] SftStepRequest microBatchSize
             * @property {number|null} [maxTokensPerMicroBatch] SftStepRequest maxTokensPerMicroBatch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SftStepRequest.
             * @memberof observe.v1
             * @interface ISftStepRequest
             * @augments observe.v1.SftStepRequest.$Properties
             * @deprecated Use observe.v1.SftStepRequest.$Properties instead.
             */

            /**
             * Shape of a SftStepRequest.
             * @typedef {observe.v1.SftStepRequest.$Properties} observe.v1.SftStepRequest.$Shape
             */

            /**
             * Constructs a new SftStepRequest.
             * @memberof observe.v1
             * @classdesc Represents a SftStepRequest.
             * @constructor
             * @param {observe.v1.SftStepRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SftStepRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SftStepRequest batch.
             * @member {observe.v1.SequenceBatch.$Properties|null|undefined} batch
             * @memberof observe.v1.SftStepRequest
             * @instance
             */
            SftStepRequest.prototype.batch = null;

            /**
             * SftStepRequest lr.
             * @member {number} lr
             * @memberof observe.v1.SftStepRequest
             * @instance
             */
            SftStepRequest.prototype.lr = 0;

            /**
             * SftStepRequest microBatchSize.
             * @member {number} microBatchSize
             * @memberof observe.v1.SftStepRequest
             * @instance
             */
            SftStepRequest.prototype.microBatchSize = 0;

            /**
             * SftStepRequest maxTokensPerMicroBatch.
             * @member {number} maxTokensPerMicroBatch
             * @memberof observe.v1.SftStepRequest
             * @instance
             */
            SftStepRequest.prototype.maxTokensPerMicroBatch = 0;

            /**
             * Creates a new SftStepRequest instance using the specified properties.
             * @function create
             * @memberof observe.v1.SftStepRequest
             * @static
             * @param {observe.v1.SftStepRequest.$Properties=} [properties] Properties to set
             * @returns {observe.v1.SftStepRequest} SftStepRequest instance
             * @type {{
             *   (properties: observe.v1.SftStepRequest.$Shape): observe.v1.SftStepRequest & observe.v1.SftStepRequest.$Shape;
             *   (properties?: observe.v1.SftStepRequest.$Properties): observe.v1.SftStepRequest;
             * }}
             */
            SftStepRequest.create = function(properties) {
                return new SftStepRequest(properties);
            };

            /**
             * Encodes the specified SftStepRequest message. Does not implicitly {@link observe.v1.SftStepRequest.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.SftStepRequest
             * @static
             * @param {observe.v1.SftStepRequest.$Properties} m SftStepRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SftStepRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.batch != null && $Object.hasOwnProperty.call(m, "batch"))
                    $root.observe.v1.SequenceBatch.encode(m.batch, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.lr != null && $Object.hasOwnProperty.call(m, "lr") && !$Object.is(m.lr, 0))
                    w.uint32(/* id 2, wireType 5 =*/21).float(m.lr);
                if (m.microBatchSize != null && $Object.hasOwnProperty.call(m, "microBatchSize") && m.microBatchSize !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.microBatchSize);
                if (m.maxTokensPerMicroBatch != null && $Object.hasOwnProperty.call(m, "maxTokensPerMicroBatch") && m.maxTokensPerMicroBatch !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.maxTokensPerMicroBatch);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SftStepRequest message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.SftStepRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.SftStepRequest & observe.v1.SftStepRequest.$Shape} SftStepRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SftStepRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.SftStepRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.batch = $root.observe.v1.SequenceBatch.decode(r, r.size(), $undefined, q + 1, m.batch);
                            continue;
                        }
                    case 2: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.lr = v;
                            else
                                delete m.lr;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.microBatchSize = v;
                            else
                                delete m.microBatchSize;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxTokensPerMicroBatch = v;
                            else
                                delete m.maxTokensPerMicroBatch;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SftStepRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.SftStepRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.SftStepRequest} SftStepRequest
             */
            SftStepRequest.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.SftStepRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.SftStepRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.SftStepRequest();
                if (d.batch != null) {
                    if (!$util.isObject(d.batch))
                        throw $TypeError(".observe.v1.SftStepRequest.batch: object expected");
                    m.batch = $root.observe.v1.SequenceBatch.fromObject(d.batch, q + 1);
                }
                if (d.lr != null) {
                    if (!$Object.is($Number(d.lr), 0)) {
                        m.lr = $Number(d.lr);
                    }
                }
                if (d.microBatchSize != null) {
                    if ($Number(d.microBatchSize) !== 0) {
                        m.microBatchSize = d.microBatchSize >>> 0;
                    }
                }
                if (d.maxTokensPerMicroBatch != null) {
                    if ($Number(d.maxTokensPerMicroBatch) !== 0) {
                        m.maxTokensPerMicroBatch = d.maxTokensPerMicroBatch >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SftStepRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.SftStepRequest
             * @static
             * @param {observe.v1.SftStepRequest} m SftStepRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SftStepRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.batch = null;
                    d.lr = 0;
                    d.microBatchSize = 0;
                    d.maxTokensPerMicroBatch = 0;
                }
                if (m.batch != null && $Object.hasOwnProperty.call(m, "batch")) {
                    d.batch = $root.observe.v1.SequenceBatch.toObject(m.batch, o, q + 1);
                }
                if (m.lr != null && $Object.hasOwnProperty.call(m, "lr")) {
                    d.lr = o.json && !$isFinite(m.lr) ? $String(m.lr) : m.lr;
                }
                if (m.microBatchSize != null && $Object.hasOwnProperty.call(m, "microBatchSize")) {
                    d.microBatchSize = m.microBatchSize;
                }
                if (m.maxTokensPerMicroBatch != null && $Object.hasOwnProperty.call(m, "maxTokensPerMicroBatch")) {
                    d.maxTokensPerMicroBatch = m.maxTokensPerMicroBatch;
                }
                return d;
            };

            /**
             * Converts this SftStepRequest to JSON.
             * @function toJSON
             * @memberof observe.v1.SftStepRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SftStepRequest.prototype.toJSON = function() {
                return SftStepRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SftStepRequest
             * @function getTypeUrl
             * @memberof observe.v1.SftStepRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SftStepRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.SftStepRequest";
            };

            return SftStepRequest;
        })();

        v1.SftStepReply = (function() {

            /**
             * Properties of a SftStepReply.
             * @typedef {Object} observe.v1.SftStepReply.$Properties
             * @property {number|null} [loss] SftStepReply loss
             * @property {number|null} [gradNorm] SftStepReply gradNorm
             * @property {number|null} [entropy] SftStepReply entropy
             * @property {number|null} [lr] SftStepReply lr
             * @property {number|null} [numTokens] SftStepReply numTokens
             * @property {observe.v1.StepPerf.$Properties|null} [perf] SftStepReply perf
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SftStepReply.
             * @memberof observe.v1
             * @interface ISftStepReply
             * @augments observe.v1.SftStepReply.$Properties
             * @deprecated Use observe.v1.SftStepReply.$Properties instead.
             */

            /**
             * Shape of a SftStepReply.
             * @typedef {observe.v1.SftStepReply.$Properties} observe.v1.SftStepReply.$Shape
             */

            /**
             * Constructs a new SftStepReply.
             * @memberof observe.v1
             * @classdesc Represents a SftStepReply.
             * @constructor
             * @param {observe.v1.SftStepReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SftStepReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SftStepReply loss.
             * @member {number} loss
             * @memberof observe.v1.SftStepReply
             * @instance
             */
            SftStepReply.prototype.loss = 0;

            /**
             * SftStepReply gradNorm.
             * @member {number} gradNorm
             * @memberof observe.v1.SftStepReply
             * @instance
             */
            SftStepReply.prototype.gradNorm = 0;

            /**
             * SftStepReply entropy.
             * @member {number} entropy
             * @memberof observe.v1.SftStepReply
             * @instance
             */
            SftStepReply.prototype.entropy = 0;

            /**
             * SftStepReply lr.
             * @member {number} lr
             * @memberof observe.v1.SftStepReply
             * @instance
             */
            SftStepReply.prototype.lr = 0;

            /**
             * SftStepReply numTokens.
             * @member {number} numTokens
             * @memberof observe.v1.SftStepReply
             * @instance
             */
            SftStepReply.prototype.numTokens = 0;

            /**
             * SftStepReply perf.
             * @member {observe.v1.StepPerf.$Properties|null|undefined} perf
             * @memberof observe.v1.SftStepReply
             * @instance
             */
            SftStepReply.prototype.perf = null;

            /**
             * Creates a new SftStepReply instance using the specified properties.
             * @function create
             * @memberof observe.v1.SftStepReply
             * @static
             * @param {observe.v1.SftStepReply.$Properties=} [properties] Properties to set
             * @returns {observe.v1.SftStepReply} SftStepReply instance
             * @type {{
             *   (properties: observe.v1.SftStepReply.$Shape): observe.v1.SftStepReply & observe.v1.SftStepReply.$Shape;
             *   (properties?: observe.v1.SftStepReply.$Properties): observe.v1.SftStepReply;
             * }}
             */
            SftStepReply.create = function(properties) {
                return new SftStepReply(properties);
            };

            /**
             * Encodes the specified SftStepReply message. Does not implicitly {@link observe.v1.SftStepReply.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.SftStepReply
             * @static
             * @param {observe.v1.SftStepReply.$Properties} m SftStepReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SftStepReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.loss != null && $Object.hasOwnProperty.call(m, "loss") && !$Object.is(m.loss, 0))
                    w.uint32(/* id 1, wireType 5 =*/13).float(m.loss);
                if (m.gradNorm != null && $Object.hasOwnProperty.call(m, "gradNorm") && !$Object.is(m.gradNorm, 0))
                    w.uint32(/* id 2, wireType 5 =*/21).float(m.gradNorm);
                if (m.entropy != null && $Object.hasOwnProperty.call(m, "entropy") && !$Object.is(m.entropy, 0))
                    w.uint32(/* id 3, wireType 5 =*/29).float(m.entropy);
                if (m.lr != null && $Object.hasOwnProperty.call(m, "lr") && !$Object.is(m.lr, 0))
                    w.uint32(/* id 4, wireType 5 =*/37).float(m.lr);
                if (m.numTokens != null && $Object.hasOwnProperty.call(m, "numTokens") && m.numTokens !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.numTokens);
                if (m.perf != null && $Object.hasOwnProperty.call(m, "perf"))
                    $root.observe.v1.StepPerf.encode(m.perf, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SftStepReply message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.SftStepReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.SftStepReply & observe.v1.SftStepReply.$Shape} SftStepReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SftStepReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.SftStepReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.loss = v;
                            else
                                delete m.loss;
                            continue;
                        }
                    case 2: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.gradNorm = v;
                            else
                                delete m.gradNorm;
                            continue;
                        }
                    case 3: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.entropy = v;
                            else
                                delete m.entropy;
                            continue;
                        }
                    case 4: {
                            if (u !== 5)
                                break;
                            if (!$Object.is(v = r.float(), 0))
                                m.lr = v;
                            else
                                delete m.lr;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.numTokens = v;
                            else
                                delete m.numTokens;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.perf = $root.observe.v1.StepPerf.decode(r, r.size(), $undefined, q + 1, m.perf);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SftStepReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.SftStepReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.SftStepReply} SftStepReply
             */
            SftStepReply.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.SftStepReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.SftStepReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.SftStepReply();
                if (d.loss != null) {
                    if (!$Object.is($Number(d.loss), 0)) {
                        m.loss = $Number(d.loss);
                    }
                }
                if (d.gradNorm != null) {
                    if (!$Object.is($Number(d.gradNorm), 0)) {
                        m.gradNorm = $Number(d.gradNorm);
                    }
                }
                if (d.entropy != null) {
                    if (!$Object.is($Number(d.entropy), 0)) {
                        m.entropy = $Number(d.entropy);
                    }
                }
                if (d.lr != null) {
                    if (!$Object.is($Number(d.lr), 0)) {
                        m.lr = $Number(d.lr);
                    }
                }
                if (d.numTokens != null) {
                    if ($Number(d.numTokens) !== 0) {
                        m.numTokens = d.numTokens >>> 0;
                    }
                }
                if (d.perf != null) {
                    if (!$util.isObject(d.perf))
                        throw $TypeError(".observe.v1.SftStepReply.perf: object expected");
                    m.perf = $root.observe.v1.StepPerf.fromObject(d.perf, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a SftStepReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.SftStepReply
             * @static
             * @param {observe.v1.SftStepReply} m SftStepReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SftStepReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.loss = 0;
                    d.gradNorm = 0;
                    d.entropy = 0;
                    d.lr = 0;
                    d.numTokens = 0;
                    d.perf = null;
                }
                if (m.loss != null && $Object.hasOwnProperty.call(m, "loss")) {
                    d.loss = o.json && !$isFinite(m.loss) ? $String(m.loss) : m.loss;
                }
                if (m.gradNorm != null && $Object.hasOwnProperty.call(m, "gradNorm")) {
                    d.gradNorm = o.json && !$isFinite(m.gradNorm) ? $String(m.gradNorm) : m.gradNorm;
                }
                if (m.entropy != null && $Object.hasOwnProperty.call(m, "entropy")) {
                    d.entropy = o.json && !$isFinite(m.entropy) ? $String(m.entropy) : m.entropy;
                }
                if (m.lr != null && $Object.hasOwnProperty.call(m, "lr")) {
                    d.lr = o.json && !$isFinite(m.lr) ? $String(m.lr) : m.lr;
                }
                if (m.numTokens != null && $Object.hasOwnProperty.call(m, "numTokens")) {
                    d.numTokens = m.numTokens;
                }
                if (m.perf != null && $Object.hasOwnProperty.call(m, "perf")) {
                    d.perf = $root.observe.v1.StepPerf.toObject(m.perf, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this SftStepReply to JSON.
             * @function toJSON
             * @memberof observe.v1.SftStepReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SftStepReply.prototype.toJSON = function() {
                return SftStepReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SftStepReply
             * @function getTypeUrl
             * @memberof observe.v1.SftStepReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SftStepReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.SftStepReply";
            };

            return SftStepReply;
        })();

        v1.TokenizeRequest = (function() {

            /**
             * Properties of a TokenizeRequest.
             * @typedef {Object} observe.v1.TokenizeRequest.$Properties
             * @property {Array.<string>|null} [texts] TokenizeRequest texts
             * @property {boolean|null} [addEos] TokenizeRequest addEos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TokenizeRequest.
             * @memberof observe.v1
             * @interface ITokenizeRequest
             * @augments observe.v1.TokenizeRequest.$Properties
             * @deprecated Use observe.v1.TokenizeRequest.$Properties instead.
             */

            /**
             * Shape of a TokenizeRequest.
             * @typedef {observe.v1.TokenizeRequest.$Properties} observe.v1.TokenizeRequest.$Shape
             */

            /**
             * Constructs a new TokenizeRequest.
             * @memberof observe.v1
             * @classdesc Represents a TokenizeRequest.
             * @constructor
             * @param {observe.v1.TokenizeRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TokenizeRequest = function (p) {
                this.texts = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TokenizeRequest texts.
             * @member {Array.<string>} texts
             * @memberof observe.v1.TokenizeRequest
             * @instance
             */
            TokenizeRequest.prototype.texts = $util.emptyArray;

            /**
             * TokenizeRequest addEos.
             * @member {boolean} addEos
             * @memberof observe.v1.TokenizeRequest
             * @instance
             */
            TokenizeRequest.prototype.addEos = false;

            /**
             * Creates a new TokenizeRequest instance using the specified properties.
             * @function create
             * @memberof observe.v1.TokenizeRequest
             * @static
             * @param {observe.v1.TokenizeRequest.$Properties=} [properties] Properties to set
             * @returns {observe.v1.TokenizeRequest} TokenizeRequest instance
             * @type {{
             *   (properties: observe.v1.TokenizeRequest.$Shape): observe.v1.TokenizeRequest & observe.v1.TokenizeRequest.$Shape;
             *   (properties?: observe.v1.TokenizeRequest.$Properties): observe.v1.TokenizeRequest;
             * }}
             */
            TokenizeRequest.create = function(properties) {
                return new TokenizeRequest(properties);
            };

            /**
             * Encodes the specified TokenizeRequest message. Does not implicitly {@link observe.v1.TokenizeRequest.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.TokenizeRequest
             * @static
             * @param {observe.v1.TokenizeRequest.$Properties} m TokenizeRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TokenizeRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.texts != null && m.texts.length) {
                    for (var i = 0; i < m.texts.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.texts[i]);
                }
                if (m.addEos != null && $Object.hasOwnProperty.call(m, "addEos") && m.addEos !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.addEos);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a TokenizeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.TokenizeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.TokenizeRequest & observe.v1.TokenizeRequest.$Shape} TokenizeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TokenizeRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.TokenizeRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.texts && m.texts.length))
                                m.texts = [];
                            m.texts.push(r.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.addEos = v;
                            else
                                delete m.addEos;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a TokenizeRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.TokenizeRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.TokenizeRequest} TokenizeRequest
             */
            TokenizeRequest.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.TokenizeRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.TokenizeRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.TokenizeRequest();
                if (d.texts) {
                    if (!$Array.isArray(d.texts))
                        throw $TypeError(".observe.v1.TokenizeRequest.texts: array expected");
                    m.texts = $Array(d.texts.length);
                    for (var i = 0; i < d.texts.length; ++i) {
                        m.texts[i] = $String(d.texts[i]);
                    }
                }
                if (d.addEos != null) {
                    if (d.addEos) {
                        m.addEos = $Boolean(d.addEos);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TokenizeRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.TokenizeRequest
             * @static
             * @param {observe.v1.TokenizeRequest} m TokenizeRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TokenizeRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.texts = [];
                }
                if (o.defaults) {
                    d.addEos = false;
                }
                if (m.texts && m.texts.length) {
                    d.texts = $Array(m.texts.length);
                    for (var j = 0; j < m.texts.length; ++j) {
                        d.texts[j] = m.texts[j];
                    }
                }
                if (m.addEos != null && $Object.hasOwnProperty.call(m, "addEos")) {
                    d.addEos = m.addEos;
                }
                return d;
            };

            /**
             * Converts this TokenizeRequest to JSON.
             * @function toJSON
             * @memberof observe.v1.TokenizeRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TokenizeRequest.prototype.toJSON = function() {
                return TokenizeRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TokenizeRequest
             * @function getTypeUrl
             * @memberof observe.v1.TokenizeRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TokenizeRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.TokenizeRequest";
            };

            return TokenizeRequest;
        })();

        v1.TokenizeReply = (function() {

            /**
             * Properties of a TokenizeReply.
             * @typedef {Object} observe.v1.TokenizeReply.$Properties
             * @property {Array.<number>|null} [lengths] TokenizeReply lengths
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TokenizeReply.
             * @memberof observe.v1
             * @interface ITokenizeReply
             * @augments observe.v1.TokenizeReply.$Properties
             * @deprecated Use observe.v1.TokenizeReply.$Properties instead.
             */

            /**
             * Shape of a TokenizeReply.
             * @typedef {observe.v1.TokenizeReply.$Properties} observe.v1.TokenizeReply.$Shape
             */

            /**
             * Constructs a new TokenizeReply.
             * @memberof observe.v1
             * @classdesc Represents a TokenizeReply.
             * @constructor
             * @param {observe.v1.TokenizeReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TokenizeReply = function (p) {
                this.lengths = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TokenizeReply lengths.
             * @member {Array.<number>} lengths
             * @memberof observe.v1.TokenizeReply
             * @instance
             */
            TokenizeReply.prototype.lengths = $util.emptyArray;

            /**
             * Creates a new TokenizeReply instance using the specified properties.
             * @function create
             * @memberof observe.v1.TokenizeReply
             * @static
             * @param {observe.v1.TokenizeReply.$Properties=} [properties] Properties to set
             * @returns {observe.v1.TokenizeReply} TokenizeReply instance
             * @type {{
             *   (properties: observe.v1.TokenizeReply.$Shape): observe.v1.TokenizeReply & observe.v1.TokenizeReply.$Shape;
             *   (properties?: observe.v1.TokenizeReply.$Properties): observe.v1.TokenizeReply;
             * }}
             */
            TokenizeReply.create = function(properties) {
                return new TokenizeReply(properties);
            };

            /**
             * Encodes the specified TokenizeReply message. Does not implicitly {@link observe.v1.TokenizeReply.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.TokenizeReply
             * @static
             * @param {observe.v1.TokenizeReply.$Properties} m TokenizeReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TokenizeReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.lengths != null && m.lengths.length) {
                    w.uint32(/* id 1, wireType 2 =*/10).uint32s(m.lengths);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a TokenizeReply message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.TokenizeReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.TokenizeReply & observe.v1.TokenizeReply.$Shape} TokenizeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TokenizeReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.TokenizeReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u === 2) {
                                if (!(m.lengths && m.lengths.length))
                                    m.lengths = [];
                                r.uint32s(m.lengths);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.lengths && m.lengths.length))
                                m.lengths = [];
                            m.lengths.push(r.uint32());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a TokenizeReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.TokenizeReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.TokenizeReply} TokenizeReply
             */
            TokenizeReply.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.TokenizeReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.TokenizeReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.TokenizeReply();
                if (d.lengths) {
                    if (!$Array.isArray(d.lengths))
                        throw $TypeError(".observe.v1.TokenizeReply.lengths: array expected");
                    m.lengths = $Array(d.lengths.length);
                    for (var i = 0; i < d.lengths.length; ++i) {
                        m.lengths[i] = d.lengths[i] >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TokenizeReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.TokenizeReply
             * @static
             * @param {observe.v1.TokenizeReply} m TokenizeReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TokenizeReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.lengths = [];
                }
                if (m.lengths && m.lengths.length) {
                    d.lengths = $Array(m.lengths.length);
                    for (var j = 0; j < m.lengths.length; ++j) {
                        d.lengths[j] = m.lengths[j];
                    }
                }
                return d;
            };

            /**
             * Converts this TokenizeReply to JSON.
             * @function toJSON
             * @memberof observe.v1.TokenizeReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TokenizeReply.prototype.toJSON = function() {
                return TokenizeReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TokenizeReply
             * @function getTypeUrl
             * @memberof observe.v1.TokenizeReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TokenizeReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.TokenizeReply";
            };

            return TokenizeReply;
        })();

        v1.EncodePromptsRequest = (function() {

            /**
             * Properties of an EncodePromptsRequest.
             * @typedef {Object} observe.v1.EncodePromptsRequest.$Properties
             * @property {Array.<observe.v1.Prompt.$Properties>|null} [prompts] EncodePromptsRequest prompts
             * @property {string|null} [modelPath] EncodePromptsRequest modelPath
             * @property {number|null} [minPixels] EncodePromptsRequest minPixels
             * @property {number|null} [maxPixels] EncodePromptsRequest maxPixels
             * @property {boolean|null} [countOnly] EncodePromptsRequest countOnly
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EncodePromptsRequest.
             * @memberof observe.v1
             * @interface IEncodePromptsRequest
             * @augments observe.v1.EncodePromptsRequest.$Properties
             * @deprecated Use observe.v1.EncodePromptsRequest.$Properties instead.
             */

            /**
             * Shape of an EncodePromptsRequest.
             * @typedef {observe.v1.EncodePromptsRequest.$Properties} observe.v1.EncodePromptsRequest.$Shape
             */

            /**
             * Constructs a new EncodePromptsRequest.
             * @memberof observe.v1
             * @classdesc Represents an EncodePromptsRequest.
             * @constructor
             * @param {observe.v1.EncodePromptsRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EncodePromptsRequest = function (p) {
                this.prompts = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * EncodePromptsRequest prompts.
             * @member {Array.<observe.v1.Prompt.$Properties>} prompts
             * @memberof observe.v1.EncodePromptsRequest
             * @instance
             */
            EncodePromptsRequest.prototype.prompts = $util.emptyArray;

            /**
             * EncodePromptsRequest modelPath.
             * @member {string} modelPath
             * @memberof observe.v1.EncodePromptsRequest
             * @instance
             */
            EncodePromptsRequest.prototype.modelPath = "";

            /**
             * EncodePromptsRequest minPixels.
             * @member {number} minPixels
             * @memberof observe.v1.EncodePromptsRequest
             * @instance
             */
            EncodePromptsRequest.prototype.minPixels = 0;

            /**
             * EncodePromptsRequest maxPixels.
             * @member {number} maxPixels
             * @memberof observe.v1.EncodePromptsRequest
             * @instance
             */
            EncodePromptsRequest.prototype.maxPixels = 0;

            /**
             * EncodePromptsRequest countOnly.
             * @member {boolean} countOnly
             * @memberof observe.v1.EncodePromptsRequest
             * @instance
             */
            EncodePromptsRequest.prototype.countOnly = false;

            /**
             * Creates a new EncodePromptsRequest instance using the specified properties.
             * @function create
             * @memberof observe.v1.EncodePromptsRequest
             * @static
             * @param {observe.v1.EncodePromptsRequest.$Properties=} [properties] Properties to set
             * @returns {observe.v1.EncodePromptsRequest} EncodePromptsRequest instance
             * @type {{
             *   (properties: observe.v1.EncodePromptsRequest.$Shape): observe.v1.EncodePromptsRequest & observe.v1.EncodePromptsRequest.$Shape;
             *   (properties?: observe.v1.EncodePromptsRequest.$Properties): observe.v1.EncodePromptsRequest;
             * }}
             */
            EncodePromptsRequest.create = function(properties) {
                return new EncodePromptsRequest(properties);
            };

            /**
             * Encodes the specified EncodePromptsRequest message. Does not implicitly {@link observe.v1.EncodePromptsRequest.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.EncodePromptsRequest
             * @static
             * @param {observe.v1.EncodePromptsRequest.$Properties} m EncodePromptsRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EncodePromptsRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.prompts != null && m.prompts.length) {
                    for (var i = 0; i < m.prompts.length; ++i)
                        $root.observe.v1.Prompt.encode(m.prompts[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.modelPath != null && $Object.hasOwnProperty.call(m, "modelPath") && m.modelPath !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.modelPath);
                if (m.minPixels != null && $Object.hasOwnProperty.call(m, "minPixels") && m.minPixels !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.minPixels);
                if (m.maxPixels != null && $Object.hasOwnProperty.call(m, "maxPixels") && m.maxPixels !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.maxPixels);
                if (m.countOnly != null && $Object.hasOwnProperty.call(m, "countOnly") && m.countOnly !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.countOnly);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an EncodePromptsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.EncodePromptsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.EncodePromptsRequest & observe.v1.EncodePromptsRequest.$Shape} EncodePromptsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EncodePromptsRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.EncodePromptsRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.prompts && m.prompts.length))
                                m.prompts = [];
                            m.prompts.push($root.observe.v1.Prompt.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.modelPath = v;
                            else
                                delete m.modelPath;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.minPixels = v;
                            else
                                delete m.minPixels;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxPixels = v;
                            else
                                delete m.maxPixels;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.countOnly = v;
                            else
                                delete m.countOnly;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an EncodePromptsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.EncodePromptsRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.EncodePromptsRequest} EncodePromptsRequest
             */
            EncodePromptsRequest.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.EncodePromptsRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.EncodePromptsRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.EncodePromptsRequest();
                if (d.prompts) {
                    if (!$Array.isArray(d.prompts))
                        throw $TypeError(".observe.v1.EncodePromptsRequest.prompts: array expected");
                    m.prompts = $Array(d.prompts.length);
                    for (var i = 0; i < d.prompts.length; ++i) {
                        if (!$util.isObject(d.prompts[i]))
                            throw $TypeError(".observe.v1.EncodePromptsRequest.prompts: object expected");
                        m.prompts[i] = $root.observe.v1.Prompt.fromObject(d.prompts[i], q + 1);
                    }
                }
                if (d.modelPath != null) {
                    if (typeof d.modelPath !== "string" || d.modelPath.length) {
                        m.modelPath = $String(d.modelPath);
                    }
                }
                if (d.minPixels != null) {
                    if ($Number(d.minPixels) !== 0) {
                        m.minPixels = d.minPixels >>> 0;
                    }
                }
                if (d.maxPixels != null) {
                    if ($Number(d.maxPixels) !== 0) {
                        m.maxPixels = d.maxPixels >>> 0;
                    }
                }
                if (d.countOnly != null) {
                    if (d.countOnly) {
                        m.countOnly = $Boolean(d.countOnly);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an EncodePromptsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.EncodePromptsRequest
             * @static
             * @param {observe.v1.EncodePromptsRequest} m EncodePromptsRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EncodePromptsRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.prompts = [];
                }
                if (o.defaults) {
                    d.modelPath = "";
                    d.minPixels = 0;
                    d.maxPixels = 0;
                    d.countOnly = false;
                }
                if (m.prompts && m.prompts.length) {
                    d.prompts = $Array(m.prompts.length);
                    for (var j = 0; j < m.prompts.length; ++j) {
                        d.prompts[j] = $root.observe.v1.Prompt.toObject(m.prompts[j], o, q + 1);
                    }
                }
                if (m.modelPath != null && $Object.hasOwnProperty.call(m, "modelPath")) {
                    d.modelPath = m.modelPath;
                }
                if (m.minPixels != null && $Object.hasOwnProperty.call(m, "minPixels")) {
                    d.minPixels = m.minPixels;
                }
                if (m.maxPixels != null && $Object.hasOwnProperty.call(m, "maxPixels")) {
                    d.maxPixels = m.maxPixels;
                }
                if (m.countOnly != null && $Object.hasOwnProperty.call(m, "countOnly")) {
                    d.countOnly = m.countOnly;
                }
                return d;
            };

            /**
             * Converts this EncodePromptsRequest to JSON.
             * @function toJSON
             * @memberof observe.v1.EncodePromptsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EncodePromptsRequest.prototype.toJSON = function() {
                return EncodePromptsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EncodePromptsRequest
             * @function getTypeUrl
             * @memberof observe.v1.EncodePromptsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EncodePromptsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.EncodePromptsRequest";
            };

            return EncodePromptsRequest;
        })();

        v1.EncodePromptsReply = (function() {

            /**
             * Properties of an EncodePromptsReply.
             * @typedef {Object} observe.v1.EncodePromptsReply.$Properties
             * @property {Array.<number>|null} [numTokens] EncodePromptsReply numTokens
             * @property {Array.<number>|null} [imageTokens] EncodePromptsReply imageTokens
             * @property {Array.<number>|null} [videoTokens] EncodePromptsReply videoTokens
             * @property {Array.<string>|null} [rendered] EncodePromptsReply rendered
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EncodePromptsReply.
             * @memberof observe.v1
             * @interface IEncodePromptsReply
             * @augments observe.v1.EncodePromptsReply.$Properties
             * @deprecated Use observe.v1.EncodePromptsReply.$Properties instead.
             */

            /**
             * Shape of an EncodePromptsReply.
             * @typedef {observe.v1.EncodePromptsReply.$Properties} observe.v1.EncodePromptsReply.$Shape
             */

            /**
             * Constructs a new EncodePromptsReply.
             * @memberof observe.v1
             * @classdesc Represents an EncodePromptsReply.
             * @constructor
             * @param {observe.v1.EncodePromptsReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EncodePromptsReply = function (p) {
                this.numTokens = [];
                this.imageTokens = [];
                this.videoTokens = [];
                this.rendered = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * EncodePromptsReply numTokens.
             * @member {Array.<number>} numTokens
             * @memberof observe.v1.EncodePromptsReply
             * @instance
             */
            EncodePromptsReply.prototype.numTokens = $util.emptyArray;

            /**
             * EncodePromptsReply imageTokens.
             * @member {Array.<number>} imageTokens
             * @memberof observe.v1.EncodePromptsReply
             * @instance
             */
            EncodePromptsReply.prototype.imageTokens = $util.emptyArray;

            /**
             * EncodePromptsReply videoTokens.
             * @member {Array.<number>} videoTokens
             * @memberof observe.v1.EncodePromptsReply
             * @instance
             */
            EncodePromptsReply.prototype.videoTokens = $util.emptyArray;

            /**
             * EncodePromptsReply rendered.
             * @member {Array.<string>} rendered
             * @memberof observe.v1.EncodePromptsReply
             * @instance
             */
            EncodePromptsReply.prototype.rendered = $util.emptyArray;

            /**
             * Creates a new EncodePromptsReply instance using the specified properties.
             * @function create
             * @memberof observe.v1.EncodePromptsReply
             * @static
             * @param {observe.v1.EncodePromptsReply.$Properties=} [properties] Properties to set
             * @returns {observe.v1.EncodePromptsReply} EncodePromptsReply instance
             * @type {{
             *   (properties: observe.v1.EncodePromptsReply.$Shape): observe.v1.EncodePromptsReply & observe.v1.EncodePromptsReply.$Shape;
             *   (properties?: observe.v1.EncodePromptsReply.$Properties): observe.v1.EncodePromptsReply;
             * }}
             */
            EncodePromptsReply.create = function(properties) {
                return new EncodePromptsReply(properties);
            };

            /**
             * Encodes the specified EncodePromptsReply message. Does not implicitly {@link observe.v1.EncodePromptsReply.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.EncodePromptsReply
             * @static
             * @param {observe.v1.EncodePromptsReply.$Properties} m EncodePromptsReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EncodePromptsReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.numTokens != null && m.numTokens.length) {
                    w.uint32(/* id 1, wireType 2 =*/10).uint32s(m.numTokens);
                }
                if (m.imageTokens != null && m.imageTokens.length) {
                    w.uint32(/* id 2, wireType 2 =*/18).uint32s(m.imageTokens);
                }
                if (m.rendered != null && m.rendered.length) {
                    for (var i = 0; i < m.rendered.length; ++i)
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.rendered[i]);
                }
                if (m.videoTokens != null && m.videoTokens.length) {
                    w.uint32(/* id 4, wireType 2 =*/34).uint32s(m.videoTokens);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an EncodePromptsReply message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.EncodePromptsReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.EncodePromptsReply & observe.v1.EncodePromptsReply.$Shape} EncodePromptsReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EncodePromptsReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.EncodePromptsReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u === 2) {
                                if (!(m.numTokens && m.numTokens.length))
                                    m.numTokens = [];
                                r.uint32s(m.numTokens);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.numTokens && m.numTokens.length))
                                m.numTokens = [];
                            m.numTokens.push(r.uint32());
                            continue;
                        }
                    case 2: {
                            if (u === 2) {
                                if (!(m.imageTokens && m.imageTokens.length))
                                    m.imageTokens = [];
                                r.uint32s(m.imageTokens);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.imageTokens && m.imageTokens.length))
                                m.imageTokens = [];
                            m.imageTokens.push(r.uint32());
                            continue;
                        }
                    case 4: {
                            if (u === 2) {
                                if (!(m.videoTokens && m.videoTokens.length))
                                    m.videoTokens = [];
                                r.uint32s(m.videoTokens);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.videoTokens && m.videoTokens.length))
                                m.videoTokens = [];
                            m.videoTokens.push(r.uint32());
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.rendered && m.rendered.length))
                                m.rendered = [];
                            m.rendered.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an EncodePromptsReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.EncodePromptsReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.EncodePromptsReply} EncodePromptsReply
             */
            EncodePromptsReply.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.EncodePromptsReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.EncodePromptsReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.EncodePromptsReply();
                if (d.numTokens) {
                    if (!$Array.isArray(d.numTokens))
                        throw $TypeError(".observe.v1.EncodePromptsReply.numTokens: array expected");
                    m.numTokens = $Array(d.numTokens.length);
                    for (var i = 0; i < d.numTokens.length; ++i) {
                        m.numTokens[i] = d.numTokens[i] >>> 0;
                    }
                }
                if (d.imageTokens) {
                    if (!$Array.isArray(d.imageTokens))
                        throw $TypeError(".observe.v1.EncodePromptsReply.imageTokens: array expected");
                    m.imageTokens = $Array(d.imageTokens.length);
                    for (var i = 0; i < d.imageTokens.length; ++i) {
                        m.imageTokens[i] = d.imageTokens[i] >>> 0;
                    }
                }
                if (d.videoTokens) {
                    if (!$Array.isArray(d.videoTokens))
                        throw $TypeError(".observe.v1.EncodePromptsReply.videoTokens: array expected");
                    m.videoTokens = $Array(d.videoTokens.length);
                    for (var i = 0; i < d.videoTokens.length; ++i) {
                        m.videoTokens[i] = d.videoTokens[i] >>> 0;
                    }
                }
                if (d.rendered) {
                    if (!$Array.isArray(d.rendered))
                        throw $TypeError(".observe.v1.EncodePromptsReply.rendered: array expected");
                    m.rendered = $Array(d.rendered.length);
                    for (var i = 0; i < d.rendered.length; ++i) {
                        m.rendered[i] = $String(d.rendered[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an EncodePromptsReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.EncodePromptsReply
             * @static
             * @param {observe.v1.EncodePromptsReply} m EncodePromptsReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EncodePromptsReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.numTokens = [];
                    d.imageTokens = [];
                    d.rendered = [];
                    d.videoTokens = [];
                }
                if (m.numTokens && m.numTokens.length) {
                    d.numTokens = $Array(m.numTokens.length);
                    for (var j = 0; j < m.numTokens.length; ++j) {
                        d.numTokens[j] = m.numTokens[j];
                    }
                }
                if (m.imageTokens && m.imageTokens.length) {
                    d.imageTokens = $Array(m.imageTokens.length);
                    for (var j = 0; j < m.imageTokens.length; ++j) {
                        d.imageTokens[j] = m.imageTokens[j];
                    }
                }
                if (m.rendered && m.rendered.length) {
                    d.rendered = $Array(m.rendered.length);
                    for (var j = 0; j < m.rendered.length; ++j) {
                        d.rendered[j] = m.rendered[j];
                    }
                }
                if (m.videoTokens && m.videoTokens.length) {
                    d.videoTokens = $Array(m.videoTokens.length);
                    for (var j = 0; j < m.videoTokens.length; ++j) {
                        d.videoTokens[j] = m.videoTokens[j];
                    }
                }
                return d;
            };

            /**
             * Converts this EncodePromptsReply to JSON.
             * @function toJSON
             * @memberof observe.v1.EncodePromptsReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EncodePromptsReply.prototype.toJSON = function() {
                return EncodePromptsReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EncodePromptsReply
             * @function getTypeUrl
             * @memberof observe.v1.EncodePromptsReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EncodePromptsReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.EncodePromptsReply";
            };

            return EncodePromptsReply;
        })();

        v1.CheckImagesRequest = (function() {

            /**
             * Properties of a CheckImagesRequest.
             * @typedef {Object} observe.v1.CheckImagesRequest.$Properties
             * @property {Array.<observe.v1.ImageRef.$Properties>|null} [images] CheckImagesRequest images
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CheckImagesRequest.
             * @memberof observe.v1
             * @interface ICheckImagesRequest
             * @augments observe.v1.CheckImagesRequest.$Properties
             * @deprecated Use observe.v1.CheckImagesRequest.$Properties instead.
             */

            /**
             * Shape of a CheckImagesRequest.
             * @typedef {observe.v1.CheckImagesRequest.$Properties} observe.v1.CheckImagesRequest.$Shape
             */

            /**
             * Constructs a new CheckImagesRequest.
             * @memberof observe.v1
             * @classdesc Represents a CheckImagesRequest.
             * @constructor
             * @param {observe.v1.CheckImagesRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CheckImagesRequest = function (p) {
                this.images = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CheckImagesRequest images.
             * @member {Array.<observe.v1.ImageRef.$Properties>} images
             * @memberof observe.v1.CheckImagesRequest
             * @instance
             */
            CheckImagesRequest.prototype.images = $util.emptyArray;

            /**
             * Creates a new CheckImagesRequest instance using the specified properties.
             * @function create
             * @memberof observe.v1.CheckImagesRequest
             * @static
             * @param {observe.v1.CheckImagesRequest.$Properties=} [properties] Properties to set
             * @returns {observe.v1.CheckImagesRequest} CheckImagesRequest instance
             * @type {{
             *   (properties: observe.v1.CheckImagesRequest.$Shape): observe.v1.CheckImagesRequest & observe.v1.CheckImagesRequest.$Shape;
             *   (properties?: observe.v1.CheckImagesRequest.$Properties): observe.v1.CheckImagesRequest;
             * }}
             */
            CheckImagesRequest.create = function(properties) {
                return new CheckImagesRequest(properties);
            };

            /**
             * Encodes the specified CheckImagesRequest message. Does not implicitly {@link observe.v1.CheckImagesRequest.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.CheckImagesRequest
             * @static
             * @param {observe.v1.CheckImagesRequest.$Properties} m CheckImagesRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CheckImagesRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.images != null && m.images.length) {
                    for (var i = 0; i < m.images.length; ++i)
                        $root.observe.v1.ImageRef.encode(m.images[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a CheckImagesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.CheckImagesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.CheckImagesRequest & observe.v1.CheckImagesRequest.$Shape} CheckImagesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CheckImagesRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.CheckImagesRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.images && m.images.length))
                                m.images = [];
                            m.images.push($root.observe.v1.ImageRef.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a CheckImagesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.CheckImagesRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.CheckImagesRequest} CheckImagesRequest
             */
            CheckImagesRequest.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.CheckImagesRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.CheckImagesRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.CheckImagesRequest();
                if (d.images) {
                    if (!$Array.isArray(d.images))
                        throw $TypeError(".observe.v1.CheckImagesRequest.images: array expected");
                    m.images = $Array(d.images.length);
                    for (var i = 0; i < d.images.length; ++i) {
                        if (!$util.isObject(d.images[i]))
                            throw $TypeError(".observe.v1.CheckImagesRequest.images: object expected");
                        m.images[i] = $root.observe.v1.ImageRef.fromObject(d.images[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CheckImagesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.CheckImagesRequest
             * @static
             * @param {observe.v1.CheckImagesRequest} m CheckImagesRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CheckImagesRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.images = [];
                }
                if (m.images && m.images.length) {
                    d.images = $Array(m.images.length);
                    for (var j = 0; j < m.images.length; ++j) {
                        d.images[j] = $root.observe.v1.ImageRef.toObject(m.images[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this CheckImagesRequest to JSON.
             * @function toJSON
             * @memberof observe.v1.CheckImagesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CheckImagesRequest.prototype.toJSON = function() {
                return CheckImagesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CheckImagesRequest
             * @function getTypeUrl
             * @memberof observe.v1.CheckImagesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CheckImagesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.CheckImagesRequest";
            };

            return CheckImagesRequest;
        })();

        v1.CheckImagesReply = (function() {

            /**
             * Properties of a CheckImagesReply.
             * @typedef {Object} observe.v1.CheckImagesReply.$Properties
             * @property {Array.<string>|null} [errors] CheckImagesReply errors
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CheckImagesReply.
             * @memberof observe.v1
             * @interface ICheckImagesReply
             * @augments observe.v1.CheckImagesReply.$Properties
             * @deprecated Use observe.v1.CheckImagesReply.$Properties instead.
             */

            /**
             * Shape of a CheckImagesReply.
             * @typedef {observe.v1.CheckImagesReply.$Properties} observe.v1.CheckImagesReply.$Shape
             */

            /**
             * Constructs a new CheckImagesReply.
             * @memberof observe.v1
             * @classdesc Represents a CheckImagesReply.
             * @constructor
             * @param {observe.v1.CheckImagesReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CheckImagesReply = function (p) {
                this.errors = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CheckImagesReply errors.
             * @member {Array.<string>} errors
             * @memberof observe.v1.CheckImagesReply
             * @instance
             */
            CheckImagesReply.prototype.errors = $util.emptyArray;

            /**
             * Creates a new CheckImagesReply instance using the specified properties.
             * @function create
             * @memberof observe.v1.CheckImagesReply
             * @static
             * @param {observe.v1.CheckImagesReply.$Properties=} [properties] Properties to set
             * @returns {observe.v1.CheckImagesReply} CheckImagesReply instance
             * @type {{
             *   (properties: observe.v1.CheckImagesReply.$Shape): observe.v1.CheckImagesReply & observe.v1.CheckImagesReply.$Shape;
             *   (properties?: observe.v1.CheckImagesReply.$Properties): observe.v1.CheckImagesReply;
             * }}
             */
            CheckImagesReply.create = function(properties) {
                return new CheckImagesReply(properties);
            };

            /**
             * Encodes the specified CheckImagesReply message. Does not implicitly {@link observe.v1.CheckImagesReply.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.CheckImagesReply
             * @static
             * @param {observe.v1.CheckImagesReply.$Properties} m CheckImagesReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CheckImagesReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.errors != null && m.errors.length) {
                    for (var i = 0; i < m.errors.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.errors[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a CheckImagesReply message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.CheckImagesReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.CheckImagesReply & observe.v1.CheckImagesReply.$Shape} CheckImagesReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CheckImagesReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.CheckImagesReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.errors && m.errors.length))
                                m.errors = [];
                            m.errors.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a CheckImagesReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.CheckImagesReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.CheckImagesReply} CheckImagesReply
             */
            CheckImagesReply.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.CheckImagesReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.CheckImagesReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.CheckImagesReply();
                if (d.errors) {
                    if (!$Array.isArray(d.errors))
                        throw $TypeError(".observe.v1.CheckImagesReply.errors: array expected");
                    m.errors = $Array(d.errors.length);
                    for (var i = 0; i < d.errors.length; ++i) {
                        m.errors[i] = $String(d.errors[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CheckImagesReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.CheckImagesReply
             * @static
             * @param {observe.v1.CheckImagesReply} m CheckImagesReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CheckImagesReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.errors = [];
                }
                if (m.errors && m.errors.length) {
                    d.errors = $Array(m.errors.length);
                    for (var j = 0; j < m.errors.length; ++j) {
                        d.errors[j] = m.errors[j];
                    }
                }
                return d;
            };

            /**
             * Converts this CheckImagesReply to JSON.
             * @function toJSON
             * @memberof observe.v1.CheckImagesReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CheckImagesReply.prototype.toJSON = function() {
                return CheckImagesReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CheckImagesReply
             * @function getTypeUrl
             * @memberof observe.v1.CheckImagesReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CheckImagesReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.CheckImagesReply";
            };

            return CheckImagesReply;
        })();

        v1.SaveCheckpointRequest = (function() {

            /**
             * Properties of a SaveCheckpointRequest.
             * @typedef {Object} observe.v1.SaveCheckpointRequest.$Properties
             * @property {string|null} [path] SaveCheckpointRequest path
             * @property {boolean|null} [includeOptimizer] SaveCheckpointRequest includeOptimizer
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SaveCheckpointRequest.
             * @memberof observe.v1
             * @interface ISaveCheckpointRequest
             * @augments observe.v1.SaveCheckpointRequest.$Properties
             * @deprecated Use observe.v1.SaveCheckpointRequest.$Properties instead.
             */

            /**
             * Shape of a SaveCheckpointRequest.
             * @typedef {observe.v1.SaveCheckpointRequest.$Properties} observe.v1.SaveCheckpointRequest.$Shape
             */

            /**
             * Constructs a new SaveCheckpointRequest.
             * @memberof observe.v1
             * @classdesc Represents a SaveCheckpointRequest.
             * @constructor
             * @param {observe.v1.SaveCheckpointRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SaveCheckpointRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SaveCheckpointRequest path.
             * @member {string} path
             * @memberof observe.v1.SaveCheckpointRequest
             * @instance
             */
            SaveCheckpointRequest.prototype.path = "";

            /**
             * SaveCheckpointRequest includeOptimizer.
             * @member {boolean} includeOptimizer
             * @memberof observe.v1.SaveCheckpointRequest
             * @instance
             */
            SaveCheckpointRequest.prototype.includeOptimizer = false;

            /**
             * Creates a new SaveCheckpointRequest instance using the specified properties.
             * @function create
             * @memberof observe.v1.SaveCheckpointRequest
             * @static
             * @param {observe.v1.SaveCheckpointRequest.$Properties=} [properties] Properties to set
             * @returns {observe.v1.SaveCheckpointRequest} SaveCheckpointRequest instance
             * @type {{
             *   (properties: observe.v1.SaveCheckpointRequest.$Shape): observe.v1.SaveCheckpointRequest & observe.v1.SaveCheckpointRequest.$Shape;
             *   (properties?: observe.v1.SaveCheckpointRequest.$Properties): observe.v1.SaveCheckpointRequest;
             * }}
             */
            SaveCheckpointRequest.create = function(properties) {
                return new SaveCheckpointRequest(properties);
            };

            /**
             * Encodes the specified SaveCheckpointRequest message. Does not implicitly {@link observe.v1.SaveCheckpointRequest.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.SaveCheckpointRequest
             * @static
             * @param {observe.v1.SaveCheckpointRequest.$Properties} m SaveCheckpointRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SaveCheckpointRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.path);
                if (m.includeOptimizer != null && $Object.hasOwnProperty.call(m, "includeOptimizer") && m.includeOptimizer !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.includeOptimizer);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SaveCheckpointRequest message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.SaveCheckpointRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.SaveCheckpointRequest & observe.v1.SaveCheckpointRequest.$Shape} SaveCheckpointRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SaveCheckpointRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.SaveCheckpointRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.path = v;
                            else
                                delete m.path;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.includeOptimizer = v;
                            else
                                delete m.includeOptimizer;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SaveCheckpointRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.SaveCheckpointRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.SaveCheckpointRequest} SaveCheckpointRequest
             */
            SaveCheckpointRequest.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.SaveCheckpointRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.SaveCheckpointRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.SaveCheckpointRequest();
                if (d.path != null) {
                    if (typeof d.path !== "string" || d.path.length) {
                        m.path = $String(d.path);
                    }
                }
                if (d.includeOptimizer != null) {
                    if (d.includeOptimizer) {
                        m.includeOptimizer = $Boolean(d.includeOptimizer);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SaveCheckpointRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.SaveCheckpointRequest
             * @static
             * @param {observe.v1.SaveCheckpointRequest} m SaveCheckpointRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SaveCheckpointRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.path = "";
                    d.includeOptimizer = false;
                }
                if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                    d.path = m.path;
                }
                if (m.includeOptimizer != null && $Object.hasOwnProperty.call(m, "includeOptimizer")) {
                    d.includeOptimizer = m.includeOptimizer;
                }
                return d;
            };

            /**
             * Converts this SaveCheckpointRequest to JSON.
             * @function toJSON
             * @memberof observe.v1.SaveCheckpointRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SaveCheckpointRequest.prototype.toJSON = function() {
                return SaveCheckpointRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SaveCheckpointRequest
             * @function getTypeUrl
             * @memberof observe.v1.SaveCheckpointRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SaveCheckpointRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.SaveCheckpointRequest";
            };

            return SaveCheckpointRequest;
        })();

        v1.SaveCheckpointReply = (function() {

            /**
             * Properties of a SaveCheckpointReply.
             * @typedef {Object} observe.v1.SaveCheckpointReply.$Properties
             * @property {string|null} [path] SaveCheckpointReply path
             * @property {number|Long|null} [bytesWritten] SaveCheckpointReply bytesWritten
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SaveCheckpointReply.
             * @memberof observe.v1
             * @interface ISaveCheckpointReply
             * @augments observe.v1.SaveCheckpointReply.$Properties
             * @deprecated Use observe.v1.SaveCheckpointReply.$Properties instead.
             */

            /**
             * Shape of a SaveCheckpointReply.
             * @typedef {observe.v1.SaveCheckpointReply.$Properties} observe.v1.SaveCheckpointReply.$Shape
             */

            /**
             * Constructs a new SaveCheckpointReply.
             * @memberof observe.v1
             * @classdesc Represents a SaveCheckpointReply.
             * @constructor
             * @param {observe.v1.SaveCheckpointReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SaveCheckpointReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SaveCheckpointReply path.
             * @member {string} path
             * @memberof observe.v1.SaveCheckpointReply
             * @instance
             */
            SaveCheckpointReply.prototype.path = "";

            /**
             * SaveCheckpointReply bytesWritten.
             * @member {number|Long} bytesWritten
             * @memberof observe.v1.SaveCheckpointReply
             * @instance
             */
            SaveCheckpointReply.prototype.bytesWritten = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SaveCheckpointReply instance using the specified properties.
             * @function create
             * @memberof observe.v1.SaveCheckpointReply
             * @static
             * @param {observe.v1.SaveCheckpointReply.$Properties=} [properties] Properties to set
             * @returns {observe.v1.SaveCheckpointReply} SaveCheckpointReply instance
             * @type {{
             *   (properties: observe.v1.SaveCheckpointReply.$Shape): observe.v1.SaveCheckpointReply & observe.v1.SaveCheckpointReply.$Shape;
             *   (properties?: observe.v1.SaveCheckpointReply.$Properties): observe.v1.SaveCheckpointReply;
             * }}
             */
            SaveCheckpointReply.create = function(properties) {
                return new SaveCheckpointReply(properties);
            };

            /**
             * Encodes the specified SaveCheckpointReply message. Does not implicitly {@link observe.v1.SaveCheckpointReply.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.SaveCheckpointReply
             * @static
             * @param {observe.v1.SaveCheckpointReply.$Properties} m SaveCheckpointReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SaveCheckpointReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.path);
                if (m.bytesWritten != null && $Object.hasOwnProperty.call(m, "bytesWritten") && (typeof m.bytesWritten === "object" ? m.bytesWritten.low || m.bytesWritten.high : m.bytesWritten !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.bytesWritten);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SaveCheckpointReply message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.SaveCheckpointReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.SaveCheckpointReply & observe.v1.SaveCheckpointReply.$Shape} SaveCheckpointReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SaveCheckpointReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.SaveCheckpointReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.path = v;
                            else
                                delete m.path;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.bytesWritten = v;
                            else
                                delete m.bytesWritten;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SaveCheckpointReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.SaveCheckpointReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.SaveCheckpointReply} SaveCheckpointReply
             */
            SaveCheckpointReply.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.SaveCheckpointReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.SaveCheckpointReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.SaveCheckpointReply();
                if (d.path != null) {
                    if (typeof d.path !== "string" || d.path.length) {
                        m.path = $String(d.path);
                    }
                }
                if (d.bytesWritten != null) {
                    if (typeof d.bytesWritten === "object" ? d.bytesWritten.low || d.bytesWritten.high : $Number(d.bytesWritten) !== 0) {
                        if ($util.Long)
                            m.bytesWritten = $util.Long.fromValue(d.bytesWritten, true);
                        else if (typeof d.bytesWritten === "string")
                            m.bytesWritten = $parseInt(d.bytesWritten, 10);
                        else if (typeof d.bytesWritten === "number")
                            m.bytesWritten = d.bytesWritten;
                        else if (typeof d.bytesWritten === "object")
                            m.bytesWritten = new $util.LongBits(d.bytesWritten.low >>> 0, d.bytesWritten.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SaveCheckpointReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.SaveCheckpointReply
             * @static
             * @param {observe.v1.SaveCheckpointReply} m SaveCheckpointReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SaveCheckpointReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.path = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.bytesWritten = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.bytesWritten = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                    d.path = m.path;
                }
                if (m.bytesWritten != null && $Object.hasOwnProperty.call(m, "bytesWritten")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.bytesWritten = typeof m.bytesWritten === "number" ? $BigInt(m.bytesWritten) : $util.Long.fromBits(m.bytesWritten.low >>> 0, m.bytesWritten.high >>> 0, true).toBigInt();
                    else if (typeof m.bytesWritten === "number")
                        d.bytesWritten = o.longs === $String ? $String(m.bytesWritten) : m.bytesWritten;
                    else
                        d.bytesWritten = o.longs === $String ? $util.Long.prototype.toString.call(m.bytesWritten) : o.longs === $Number ? new $util.LongBits(m.bytesWritten.low >>> 0, m.bytesWritten.high >>> 0).toNumber(true) : m.bytesWritten;
                }
                return d;
            };

            /**
             * Converts this SaveCheckpointReply to JSON.
             * @function toJSON
             * @memberof observe.v1.SaveCheckpointReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SaveCheckpointReply.prototype.toJSON = function() {
                return SaveCheckpointReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SaveCheckpointReply
             * @function getTypeUrl
             * @memberof observe.v1.SaveCheckpointReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SaveCheckpointReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.SaveCheckpointReply";
            };

            return SaveCheckpointReply;
        })();

        v1.LoadCheckpointRequest = (function() {

            /**
             * Properties of a LoadCheckpointRequest.
             * @typedef {Object} observe.v1.LoadCheckpointRequest.$Properties
             * @property {string|null} [path] LoadCheckpointRequest path
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoadCheckpointRequest.
             * @memberof observe.v1
             * @interface ILoadCheckpointRequest
             * @augments observe.v1.LoadCheckpointRequest.$Properties
             * @deprecated Use observe.v1.LoadCheckpointRequest.$Properties instead.
             */

            /**
             * Shape of a LoadCheckpointRequest.
             * @typedef {observe.v1.LoadCheckpointRequest.$Properties} observe.v1.LoadCheckpointRequest.$Shape
             */

            /**
             * Constructs a new LoadCheckpointRequest.
             * @memberof observe.v1
             * @classdesc Represents a LoadCheckpointRequest.
             * @constructor
             * @param {observe.v1.LoadCheckpointRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoadCheckpointRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LoadCheckpointRequest path.
             * @member {string} path
             * @memberof observe.v1.LoadCheckpointRequest
             * @instance
             */
            LoadCheckpointRequest.prototype.path = "";

            /**
             * Creates a new LoadCheckpointRequest instance using the specified properties.
             * @function create
             * @memberof observe.v1.LoadCheckpointRequest
             * @static
             * @param {observe.v1.LoadCheckpointRequest.$Properties=} [properties] Properties to set
             * @returns {observe.v1.LoadCheckpointRequest} LoadCheckpointRequest instance
             * @type {{
             *   (properties: observe.v1.LoadCheckpointRequest.$Shape): observe.v1.LoadCheckpointRequest & observe.v1.LoadCheckpointRequest.$Shape;
             *   (properties?: observe.v1.LoadCheckpointRequest.$Properties): observe.v1.LoadCheckpointRequest;
             * }}
             */
            LoadCheckpointRequest.create = function(properties) {
                return new LoadCheckpointRequest(properties);
            };

            /**
             * Encodes the specified LoadCheckpointRequest message. Does not implicitly {@link observe.v1.LoadCheckpointRequest.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.LoadCheckpointRequest
             * @static
             * @param {observe.v1.LoadCheckpointRequest.$Properties} m LoadCheckpointRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoadCheckpointRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.path);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LoadCheckpointRequest message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.LoadCheckpointRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.LoadCheckpointRequest & observe.v1.LoadCheckpointRequest.$Shape} LoadCheckpointRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoadCheckpointRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.LoadCheckpointRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.path = v;
                            else
                                delete m.path;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a LoadCheckpointRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.LoadCheckpointRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.LoadCheckpointRequest} LoadCheckpointRequest
             */
            LoadCheckpointRequest.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.LoadCheckpointRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.LoadCheckpointRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.LoadCheckpointRequest();
                if (d.path != null) {
                    if (typeof d.path !== "string" || d.path.length) {
                        m.path = $String(d.path);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LoadCheckpointRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.LoadCheckpointRequest
             * @static
             * @param {observe.v1.LoadCheckpointRequest} m LoadCheckpointRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoadCheckpointRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.path = "";
                }
                if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                    d.path = m.path;
                }
                return d;
            };

            /**
             * Converts this LoadCheckpointRequest to JSON.
             * @function toJSON
             * @memberof observe.v1.LoadCheckpointRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoadCheckpointRequest.prototype.toJSON = function() {
                return LoadCheckpointRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LoadCheckpointRequest
             * @function getTypeUrl
             * @memberof observe.v1.LoadCheckpointRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LoadCheckpointRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.LoadCheckpointRequest";
            };

            return LoadCheckpointRequest;
        })();

        v1.LoadCheckpointReply = (function() {

            /**
             * Properties of a LoadCheckpointReply.
             * @typedef {Object} observe.v1.LoadCheckpointReply.$Properties
             * @property {boolean|null} [optimizerRestored] LoadCheckpointReply optimizerRestored
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoadCheckpointReply.
             * @memberof observe.v1
             * @interface ILoadCheckpointReply
             * @augments observe.v1.LoadCheckpointReply.$Properties
             * @deprecated Use observe.v1.LoadCheckpointReply.$Properties instead.
             */

            /**
             * Shape of a LoadCheckpointReply.
             * @typedef {observe.v1.LoadCheckpointReply.$Properties} observe.v1.LoadCheckpointReply.$Shape
             */

            /**
             * Constructs a new LoadCheckpointReply.
             * @memberof observe.v1
             * @classdesc Represents a LoadCheckpointReply.
             * @constructor
             * @param {observe.v1.LoadCheckpointReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoadCheckpointReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LoadCheckpointReply optimizerRestored.
             * @member {boolean} optimizerRestored
             * @memberof observe.v1.LoadCheckpointReply
             * @instance
             */
            LoadCheckpointReply.prototype.optimizerRestored = false;

            /**
             * Creates a new LoadCheckpointReply instance using the specified properties.
             * @function create
             * @memberof observe.v1.LoadCheckpointReply
             * @static
             * @param {observe.v1.LoadCheckpointReply.$Properties=} [properties] Properties to set
             * @returns {observe.v1.LoadCheckpointReply} LoadCheckpointReply instance
             * @type {{
             *   (properties: observe.v1.LoadCheckpointReply.$Shape): observe.v1.LoadCheckpointReply & observe.v1.LoadCheckpointReply.$Shape;
             *   (properties?: observe.v1.LoadCheckpointReply.$Properties): observe.v1.LoadCheckpointReply;
             * }}
             */
            LoadCheckpointReply.create = function(properties) {
                return new LoadCheckpointReply(properties);
            };

            /**
             * Encodes the specified LoadCheckpointReply message. Does not implicitly {@link observe.v1.LoadCheckpointReply.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.LoadCheckpointReply
             * @static
             * @param {observe.v1.LoadCheckpointReply.$Properties} m LoadCheckpointReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoadCheckpointReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.optimizerRestored != null && $Object.hasOwnProperty.call(m, "optimizerRestored") && m.optimizerRestored !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.optimizerRestored);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a LoadCheckpointReply message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.LoadCheckpointReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.LoadCheckpointReply & observe.v1.LoadCheckpointReply.$Shape} LoadCheckpointReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoadCheckpointReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.LoadCheckpointReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.optimizerRestored = v;
                            else
                                delete m.optimizerRestored;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a LoadCheckpointReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.LoadCheckpointReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.LoadCheckpointReply} LoadCheckpointReply
             */
            LoadCheckpointReply.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.LoadCheckpointReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.LoadCheckpointReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.LoadCheckpointReply();
                if (d.optimizerRestored != null) {
                    if (d.optimizerRestored) {
                        m.optimizerRestored = $Boolean(d.optimizerRestored);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LoadCheckpointReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.LoadCheckpointReply
             * @static
             * @param {observe.v1.LoadCheckpointReply} m LoadCheckpointReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoadCheckpointReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.optimizerRestored = false;
                }
                if (m.optimizerRestored != null && $Object.hasOwnProperty.call(m, "optimizerRestored")) {
                    d.optimizerRestored = m.optimizerRestored;
                }
                return d;
            };

            /**
             * Converts this LoadCheckpointReply to JSON.
             * @function toJSON
             * @memberof observe.v1.LoadCheckpointReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoadCheckpointReply.prototype.toJSON = function() {
                return LoadCheckpointReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LoadCheckpointReply
             * @function getTypeUrl
             * @memberof observe.v1.LoadCheckpointReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LoadCheckpointReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.LoadCheckpointReply";
            };

            return LoadCheckpointReply;
        })();

        v1.HealthRequest = (function() {

            /**
             * Properties of a HealthRequest.
             * @typedef {Object} observe.v1.HealthRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HealthRequest.
             * @memberof observe.v1
             * @interface IHealthRequest
             * @augments observe.v1.HealthRequest.$Properties
             * @deprecated Use observe.v1.HealthRequest.$Properties instead.
             */

            /**
             * Shape of a HealthRequest.
             * @typedef {observe.v1.HealthRequest.$Properties} observe.v1.HealthRequest.$Shape
             */

            /**
             * Constructs a new HealthRequest.
             * @memberof observe.v1
             * @classdesc Represents a HealthRequest.
             * @constructor
             * @param {observe.v1.HealthRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HealthRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new HealthRequest instance using the specified properties.
             * @function create
             * @memberof observe.v1.HealthRequest
             * @static
             * @param {observe.v1.HealthRequest.$Properties=} [properties] Properties to set
             * @returns {observe.v1.HealthRequest} HealthRequest instance
             * @type {{
             *   (properties: observe.v1.HealthRequest.$Shape): observe.v1.HealthRequest & observe.v1.HealthRequest.$Shape;
             *   (properties?: observe.v1.HealthRequest.$Properties): observe.v1.HealthRequest;
             * }}
             */
            HealthRequest.create = function(properties) {
                return new HealthRequest(properties);
            };

            /**
             * Encodes the specified HealthRequest message. Does not implicitly {@link observe.v1.HealthRequest.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.HealthRequest
             * @static
             * @param {observe.v1.HealthRequest.$Properties} m HealthRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HealthRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a HealthRequest message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.HealthRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.HealthRequest & observe.v1.HealthRequest.$Shape} HealthRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HealthRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.HealthRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a HealthRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.HealthRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.HealthRequest} HealthRequest
             */
            HealthRequest.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.HealthRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.HealthRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.observe.v1.HealthRequest();
            };

            /**
             * Creates a plain object from a HealthRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.HealthRequest
             * @static
             * @param {observe.v1.HealthRequest} m HealthRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HealthRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this HealthRequest to JSON.
             * @function toJSON
             * @memberof observe.v1.HealthRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HealthRequest.prototype.toJSON = function() {
                return HealthRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HealthRequest
             * @function getTypeUrl
             * @memberof observe.v1.HealthRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HealthRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.HealthRequest";
            };

            return HealthRequest;
        })();

        v1.HealthReply = (function() {

            /**
             * Properties of a HealthReply.
             * @typedef {Object} observe.v1.HealthReply.$Properties
             * @property {string|null} [device] HealthReply device
             * @property {boolean|null} [modelLoaded] HealthReply modelLoaded
             * @property {string|null} [modelPath] HealthReply modelPath
             * @property {number|Long|null} [memoryAllocatedBytes] HealthReply memoryAllocatedBytes
             * @property {number|Long|null} [maxMemoryAllocatedBytes] HealthReply maxMemoryAllocatedBytes
             * @property {number|Long|null} [rssBytes] HealthReply rssBytes
             * @property {number|null} [uptimeS] HealthReply uptimeS
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HealthReply.
             * @memberof observe.v1
             * @interface IHealthReply
             * @augments observe.v1.HealthReply.$Properties
             * @deprecated Use observe.v1.HealthReply.$Properties instead.
             */

            /**
             * Shape of a HealthReply.
             * @typedef {observe.v1.HealthReply.$Properties} observe.v1.HealthReply.$Shape
             */

            /**
             * Constructs a new HealthReply.
             * @memberof observe.v1
             * @classdesc Represents a HealthReply.
             * @constructor
             * @param {observe.v1.HealthReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HealthReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * HealthReply device.
             * @member {string} device
             * @memberof observe.v1.HealthReply
             * @instance
             */
            HealthReply.prototype.device = "";

            /**
             * HealthReply modelLoaded.
             * @member {boolean} modelLoaded
             * @memberof observe.v1.HealthReply
             * @instance
             */
            HealthReply.prototype.modelLoaded = false;

            /**
             * HealthReply modelPath.
             * @member {string} modelPath
             * @memberof observe.v1.HealthReply
             * @instance
             */
            HealthReply.prototype.modelPath = "";

            /**
             * HealthReply memoryAllocatedBytes.
             * @member {number|Long} memoryAllocatedBytes
             * @memberof observe.v1.HealthReply
             * @instance
             */
            HealthReply.prototype.memoryAllocatedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HealthReply maxMemoryAllocatedBytes.
             * @member {number|Long} maxMemoryAllocatedBytes
             * @memberof observe.v1.HealthReply
             * @instance
             */
            HealthReply.prototype.maxMemoryAllocatedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HealthReply rssBytes.
             * @member {number|Long} rssBytes
             * @memberof observe.v1.HealthReply
             * @instance
             */
            HealthReply.prototype.rssBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HealthReply uptimeS.
             * @member {number} uptimeS
             * @memberof observe.v1.HealthReply
             * @instance
             */
            HealthReply.prototype.uptimeS = 0;

            /**
             * Creates a new HealthReply instance using the specified properties.
             * @function create
             * @memberof observe.v1.HealthReply
             * @static
             * @param {observe.v1.HealthReply.$Properties=} [properties] Properties to set
             * @returns {observe.v1.HealthReply} HealthReply instance
             * @type {{
             *   (properties: observe.v1.HealthReply.$Shape): observe.v1.HealthReply & observe.v1.HealthReply.$Shape;
             *   (properties?: observe.v1.HealthReply.$Properties): observe.v1.HealthReply;
             * }}
             */
            HealthReply.create = function(properties) {
                return new HealthReply(properties);
            };

            /**
             * Encodes the specified HealthReply message. Does not implicitly {@link observe.v1.HealthReply.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.HealthReply
             * @static
             * @param {observe.v1.HealthReply.$Properties} m HealthReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HealthReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.device != null && $Object.hasOwnProperty.call(m, "device") && m.device !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.device);
                if (m.modelLoaded != null && $Object.hasOwnProperty.call(m, "modelLoaded") && m.modelLoaded !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.modelLoaded);
                if (m.modelPath != null && $Object.hasOwnProperty.call(m, "modelPath") && m.modelPath !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.modelPath);
                if (m.memoryAllocatedBytes != null && $Object.hasOwnProperty.call(m, "memoryAllocatedBytes") && (typeof m.memoryAllocatedBytes === "object" ? m.memoryAllocatedBytes.low || m.memoryAllocatedBytes.high : m.memoryAllocatedBytes !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.memoryAllocatedBytes);
                if (m.maxMemoryAllocatedBytes != null && $Object.hasOwnProperty.call(m, "maxMemoryAllocatedBytes") && (typeof m.maxMemoryAllocatedBytes === "object" ? m.maxMemoryAllocatedBytes.low || m.maxMemoryAllocatedBytes.high : m.maxMemoryAllocatedBytes !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.maxMemoryAllocatedBytes);
                if (m.rssBytes != null && $Object.hasOwnProperty.call(m, "rssBytes") && (typeof m.rssBytes === "object" ? m.rssBytes.low || m.rssBytes.high : m.rssBytes !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.rssBytes);
                if (m.uptimeS != null && $Object.hasOwnProperty.call(m, "uptimeS") && !$Object.is(m.uptimeS, 0))
                    w.uint32(/* id 7, wireType 1 =*/57).double(m.uptimeS);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a HealthReply message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.HealthReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.HealthReply & observe.v1.HealthReply.$Shape} HealthReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HealthReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.HealthReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.device = v;
                            else
                                delete m.device;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.modelLoaded = v;
                            else
                                delete m.modelLoaded;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.modelPath = v;
                            else
                                delete m.modelPath;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.memoryAllocatedBytes = v;
                            else
                                delete m.memoryAllocatedBytes;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.maxMemoryAllocatedBytes = v;
                            else
                                delete m.maxMemoryAllocatedBytes;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.rssBytes = v;
                            else
                                delete m.rssBytes;
                            continue;
                        }
                    case 7: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.uptimeS = v;
                            else
                                delete m.uptimeS;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a HealthReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.HealthReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.HealthReply} HealthReply
             */
            HealthReply.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.HealthReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.HealthReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.HealthReply();
                if (d.device != null) {
                    if (typeof d.device !== "string" || d.device.length) {
                        m.device = $String(d.device);
                    }
                }
                if (d.modelLoaded != null) {
                    if (d.modelLoaded) {
                        m.modelLoaded = $Boolean(d.modelLoaded);
                    }
                }
                if (d.modelPath != null) {
                    if (typeof d.modelPath !== "string" || d.modelPath.length) {
                        m.modelPath = $String(d.modelPath);
                    }
                }
                if (d.memoryAllocatedBytes != null) {
                    if (typeof d.memoryAllocatedBytes === "object" ? d.memoryAllocatedBytes.low || d.memoryAllocatedBytes.high : $Number(d.memoryAllocatedBytes) !== 0) {
                        if ($util.Long)
                            m.memoryAllocatedBytes = $util.Long.fromValue(d.memoryAllocatedBytes, true);
                        else if (typeof d.memoryAllocatedBytes === "string")
                            m.memoryAllocatedBytes = $parseInt(d.memoryAllocatedBytes, 10);
                        else if (typeof d.memoryAllocatedBytes === "number")
                            m.memoryAllocatedBytes = d.memoryAllocatedBytes;
                        else if (typeof d.memoryAllocatedBytes === "object")
                            m.memoryAllocatedBytes = new $util.LongBits(d.memoryAllocatedBytes.low >>> 0, d.memoryAllocatedBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.maxMemoryAllocatedBytes != null) {
                    if (typeof d.maxMemoryAllocatedBytes === "object" ? d.maxMemoryAllocatedBytes.low || d.maxMemoryAllocatedBytes.high : $Number(d.maxMemoryAllocatedBytes) !== 0) {
                        if ($util.Long)
                            m.maxMemoryAllocatedBytes = $util.Long.fromValue(d.maxMemoryAllocatedBytes, true);
                        else if (typeof d.maxMemoryAllocatedBytes === "string")
                            m.maxMemoryAllocatedBytes = $parseInt(d.maxMemoryAllocatedBytes, 10);
                        else if (typeof d.maxMemoryAllocatedBytes === "number")
                            m.maxMemoryAllocatedBytes = d.maxMemoryAllocatedBytes;
                        else if (typeof d.maxMemoryAllocatedBytes === "object")
                            m.maxMemoryAllocatedBytes = new $util.LongBits(d.maxMemoryAllocatedBytes.low >>> 0, d.maxMemoryAllocatedBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.rssBytes != null) {
                    if (typeof d.rssBytes === "object" ? d.rssBytes.low || d.rssBytes.high : $Number(d.rssBytes) !== 0) {
                        if ($util.Long)
                            m.rssBytes = $util.Long.fromValue(d.rssBytes, true);
                        else if (typeof d.rssBytes === "string")
                            m.rssBytes = $parseInt(d.rssBytes, 10);
                        else if (typeof d.rssBytes === "number")
                            m.rssBytes = d.rssBytes;
                        else if (typeof d.rssBytes === "object")
                            m.rssBytes = new $util.LongBits(d.rssBytes.low >>> 0, d.rssBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.uptimeS != null) {
                    if (!$Object.is($Number(d.uptimeS), 0)) {
                        m.uptimeS = $Number(d.uptimeS);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a HealthReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.HealthReply
             * @static
             * @param {observe.v1.HealthReply} m HealthReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HealthReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.device = "";
                    d.modelLoaded = false;
                    d.modelPath = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.memoryAllocatedBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.memoryAllocatedBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.maxMemoryAllocatedBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.maxMemoryAllocatedBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.rssBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.rssBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.uptimeS = 0;
                }
                if (m.device != null && $Object.hasOwnProperty.call(m, "device")) {
                    d.device = m.device;
                }
                if (m.modelLoaded != null && $Object.hasOwnProperty.call(m, "modelLoaded")) {
                    d.modelLoaded = m.modelLoaded;
                }
                if (m.modelPath != null && $Object.hasOwnProperty.call(m, "modelPath")) {
                    d.modelPath = m.modelPath;
                }
                if (m.memoryAllocatedBytes != null && $Object.hasOwnProperty.call(m, "memoryAllocatedBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.memoryAllocatedBytes = typeof m.memoryAllocatedBytes === "number" ? $BigInt(m.memoryAllocatedBytes) : $util.Long.fromBits(m.memoryAllocatedBytes.low >>> 0, m.memoryAllocatedBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.memoryAllocatedBytes === "number")
                        d.memoryAllocatedBytes = o.longs === $String ? $String(m.memoryAllocatedBytes) : m.memoryAllocatedBytes;
                    else
                        d.memoryAllocatedBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.memoryAllocatedBytes) : o.longs === $Number ? new $util.LongBits(m.memoryAllocatedBytes.low >>> 0, m.memoryAllocatedBytes.high >>> 0).toNumber(true) : m.memoryAllocatedBytes;
                }
                if (m.maxMemoryAllocatedBytes != null && $Object.hasOwnProperty.call(m, "maxMemoryAllocatedBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.maxMemoryAllocatedBytes = typeof m.maxMemoryAllocatedBytes === "number" ? $BigInt(m.maxMemoryAllocatedBytes) : $util.Long.fromBits(m.maxMemoryAllocatedBytes.low >>> 0, m.maxMemoryAllocatedBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.maxMemoryAllocatedBytes === "number")
                        d.maxMemoryAllocatedBytes = o.longs === $String ? $String(m.maxMemoryAllocatedBytes) : m.maxMemoryAllocatedBytes;
                    else
                        d.maxMemoryAllocatedBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.maxMemoryAllocatedBytes) : o.longs === $Number ? new $util.LongBits(m.maxMemoryAllocatedBytes.low >>> 0, m.maxMemoryAllocatedBytes.high >>> 0).toNumber(true) : m.maxMemoryAllocatedBytes;
                }
                if (m.rssBytes != null && $Object.hasOwnProperty.call(m, "rssBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.rssBytes = typeof m.rssBytes === "number" ? $BigInt(m.rssBytes) : $util.Long.fromBits(m.rssBytes.low >>> 0, m.rssBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.rssBytes === "number")
                        d.rssBytes = o.longs === $String ? $String(m.rssBytes) : m.rssBytes;
                    else
                        d.rssBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.rssBytes) : o.longs === $Number ? new $util.LongBits(m.rssBytes.low >>> 0, m.rssBytes.high >>> 0).toNumber(true) : m.rssBytes;
                }
                if (m.uptimeS != null && $Object.hasOwnProperty.call(m, "uptimeS")) {
                    d.uptimeS = o.json && !$isFinite(m.uptimeS) ? $String(m.uptimeS) : m.uptimeS;
                }
                return d;
            };

            /**
             * Converts this HealthReply to JSON.
             * @function toJSON
             * @memberof observe.v1.HealthReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HealthReply.prototype.toJSON = function() {
                return HealthReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HealthReply
             * @function getTypeUrl
             * @memberof observe.v1.HealthReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HealthReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.HealthReply";
            };

            return HealthReply;
        })();

        v1.EchoRequest = (function() {

            /**
             * Properties of an EchoRequest.
             * @typedef {Object} observe.v1.EchoRequest.$Properties
             * @property {boolean|null} [returnPayloads] EchoRequest returnPayloads
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EchoRequest.
             * @memberof observe.v1
             * @interface IEchoRequest
             * @augments observe.v1.EchoRequest.$Properties
             * @deprecated Use observe.v1.EchoRequest.$Properties instead.
             */

            /**
             * Shape of an EchoRequest.
             * @typedef {observe.v1.EchoRequest.$Properties} observe.v1.EchoRequest.$Shape
             */

            /**
             * Constructs a new EchoRequest.
             * @memberof observe.v1
             * @classdesc Represents an EchoRequest.
             * @constructor
             * @param {observe.v1.EchoRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EchoRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * EchoRequest returnPayloads.
             * @member {boolean} returnPayloads
             * @memberof observe.v1.EchoRequest
             * @instance
             */
            EchoRequest.prototype.returnPayloads = false;

            /**
             * Creates a new EchoRequest instance using the specified properties.
             * @function create
             * @memberof observe.v1.EchoRequest
             * @static
             * @param {observe.v1.EchoRequest.$Properties=} [properties] Properties to set
             * @returns {observe.v1.EchoRequest} EchoRequest instance
             * @type {{
             *   (properties: observe.v1.EchoRequest.$Shape): observe.v1.EchoRequest & observe.v1.EchoRequest.$Shape;
             *   (properties?: observe.v1.EchoRequest.$Properties): observe.v1.EchoRequest;
             * }}
             */
            EchoRequest.create = function(properties) {
                return new EchoRequest(properties);
            };

            /**
             * Encodes the specified EchoRequest message. Does not implicitly {@link observe.v1.EchoRequest.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.EchoRequest
             * @static
             * @param {observe.v1.EchoRequest.$Properties} m EchoRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EchoRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.returnPayloads != null && $Object.hasOwnProperty.call(m, "returnPayloads") && m.returnPayloads !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.returnPayloads);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an EchoRequest message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.EchoRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.EchoRequest & observe.v1.EchoRequest.$Shape} EchoRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EchoRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.EchoRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.returnPayloads = v;
                            else
                                delete m.returnPayloads;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an EchoRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.EchoRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.EchoRequest} EchoRequest
             */
            EchoRequest.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.EchoRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.EchoRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.EchoRequest();
                if (d.returnPayloads != null) {
                    if (d.returnPayloads) {
                        m.returnPayloads = $Boolean(d.returnPayloads);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an EchoRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.EchoRequest
             * @static
             * @param {observe.v1.EchoRequest} m EchoRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EchoRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.returnPayloads = false;
                }
                if (m.returnPayloads != null && $Object.hasOwnProperty.call(m, "returnPayloads")) {
                    d.returnPayloads = m.returnPayloads;
                }
                return d;
            };

            /**
             * Converts this EchoRequest to JSON.
             * @function toJSON
             * @memberof observe.v1.EchoRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EchoRequest.prototype.toJSON = function() {
                return EchoRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EchoRequest
             * @function getTypeUrl
             * @memberof observe.v1.EchoRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EchoRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.EchoRequest";
            };

            return EchoRequest;
        })();

        v1.EchoReply = (function() {

            /**
             * Properties of an EchoReply.
             * @typedef {Object} observe.v1.EchoReply.$Properties
             * @property {number|Long|null} [bytesReceived] EchoReply bytesReceived
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EchoReply.
             * @memberof observe.v1
             * @interface IEchoReply
             * @augments observe.v1.EchoReply.$Properties
             * @deprecated Use observe.v1.EchoReply.$Properties instead.
             */

            /**
             * Shape of an EchoReply.
             * @typedef {observe.v1.EchoReply.$Properties} observe.v1.EchoReply.$Shape
             */

            /**
             * Constructs a new EchoReply.
             * @memberof observe.v1
             * @classdesc Represents an EchoReply.
             * @constructor
             * @param {observe.v1.EchoReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EchoReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * EchoReply bytesReceived.
             * @member {number|Long} bytesReceived
             * @memberof observe.v1.EchoReply
             * @instance
             */
            EchoReply.prototype.bytesReceived = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new EchoReply instance using the specified properties.
             * @function create
             * @memberof observe.v1.EchoReply
             * @static
             * @param {observe.v1.EchoReply.$Properties=} [properties] Properties to set
             * @returns {observe.v1.EchoReply} EchoReply instance
             * @type {{
             *   (properties: observe.v1.EchoReply.$Shape): observe.v1.EchoReply & observe.v1.EchoReply.$Shape;
             *   (properties?: observe.v1.EchoReply.$Properties): observe.v1.EchoReply;
             * }}
             */
            EchoReply.create = function(properties) {
                return new EchoReply(properties);
            };

            /**
             * Encodes the specified EchoReply message. Does not implicitly {@link observe.v1.EchoReply.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.EchoReply
             * @static
             * @param {observe.v1.EchoReply.$Properties} m EchoReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EchoReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.bytesReceived != null && $Object.hasOwnProperty.call(m, "bytesReceived") && (typeof m.bytesReceived === "object" ? m.bytesReceived.low || m.bytesReceived.high : m.bytesReceived !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.bytesReceived);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an EchoReply message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.EchoReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.EchoReply & observe.v1.EchoReply.$Shape} EchoReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EchoReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.EchoReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.bytesReceived = v;
                            else
                                delete m.bytesReceived;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an EchoReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.EchoReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.EchoReply} EchoReply
             */
            EchoReply.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.EchoReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.EchoReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.observe.v1.EchoReply();
                if (d.bytesReceived != null) {
                    if (typeof d.bytesReceived === "object" ? d.bytesReceived.low || d.bytesReceived.high : $Number(d.bytesReceived) !== 0) {
                        if ($util.Long)
                            m.bytesReceived = $util.Long.fromValue(d.bytesReceived, true);
                        else if (typeof d.bytesReceived === "string")
                            m.bytesReceived = $parseInt(d.bytesReceived, 10);
                        else if (typeof d.bytesReceived === "number")
                            m.bytesReceived = d.bytesReceived;
                        else if (typeof d.bytesReceived === "object")
                            m.bytesReceived = new $util.LongBits(d.bytesReceived.low >>> 0, d.bytesReceived.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an EchoReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.EchoReply
             * @static
             * @param {observe.v1.EchoReply} m EchoReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EchoReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.bytesReceived = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.bytesReceived = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.bytesReceived != null && $Object.hasOwnProperty.call(m, "bytesReceived")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.bytesReceived = typeof m.bytesReceived === "number" ? $BigInt(m.bytesReceived) : $util.Long.fromBits(m.bytesReceived.low >>> 0, m.bytesReceived.high >>> 0, true).toBigInt();
                    else if (typeof m.bytesReceived === "number")
                        d.bytesReceived = o.longs === $String ? $String(m.bytesReceived) : m.bytesReceived;
                    else
                        d.bytesReceived = o.longs === $String ? $util.Long.prototype.toString.call(m.bytesReceived) : o.longs === $Number ? new $util.LongBits(m.bytesReceived.low >>> 0, m.bytesReceived.high >>> 0).toNumber(true) : m.bytesReceived;
                }
                return d;
            };

            /**
             * Converts this EchoReply to JSON.
             * @function toJSON
             * @memberof observe.v1.EchoReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EchoReply.prototype.toJSON = function() {
                return EchoReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EchoReply
             * @function getTypeUrl
             * @memberof observe.v1.EchoReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EchoReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.EchoReply";
            };

            return EchoReply;
        })();

        v1.ShutdownRequest = (function() {

            /**
             * Properties of a ShutdownRequest.
             * @typedef {Object} observe.v1.ShutdownRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShutdownRequest.
             * @memberof observe.v1
             * @interface IShutdownRequest
             * @augments observe.v1.ShutdownRequest.$Properties
             * @deprecated Use observe.v1.ShutdownRequest.$Properties instead.
             */

            /**
             * Shape of a ShutdownRequest.
             * @typedef {observe.v1.ShutdownRequest.$Properties} observe.v1.ShutdownRequest.$Shape
             */

            /**
             * Constructs a new ShutdownRequest.
             * @memberof observe.v1
             * @classdesc Represents a ShutdownRequest.
             * @constructor
             * @param {observe.v1.ShutdownRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ShutdownRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new ShutdownRequest instance using the specified properties.
             * @function create
             * @memberof observe.v1.ShutdownRequest
             * @static
             * @param {observe.v1.ShutdownRequest.$Properties=} [properties] Properties to set
             * @returns {observe.v1.ShutdownRequest} ShutdownRequest instance
             * @type {{
             *   (properties: observe.v1.ShutdownRequest.$Shape): observe.v1.ShutdownRequest & observe.v1.ShutdownRequest.$Shape;
             *   (properties?: observe.v1.ShutdownRequest.$Properties): observe.v1.ShutdownRequest;
             * }}
             */
            ShutdownRequest.create = function(properties) {
                return new ShutdownRequest(properties);
            };

            /**
             * Encodes the specified ShutdownRequest message. Does not implicitly {@link observe.v1.ShutdownRequest.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.ShutdownRequest
             * @static
             * @param {observe.v1.ShutdownRequest.$Properties} m ShutdownRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShutdownRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ShutdownRequest message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.ShutdownRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.ShutdownRequest & observe.v1.ShutdownRequest.$Shape} ShutdownRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShutdownRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.ShutdownRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ShutdownRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.ShutdownRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.ShutdownRequest} ShutdownRequest
             */
            ShutdownRequest.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.ShutdownRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.ShutdownRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.observe.v1.ShutdownRequest();
            };

            /**
             * Creates a plain object from a ShutdownRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.ShutdownRequest
             * @static
             * @param {observe.v1.ShutdownRequest} m ShutdownRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ShutdownRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this ShutdownRequest to JSON.
             * @function toJSON
             * @memberof observe.v1.ShutdownRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ShutdownRequest.prototype.toJSON = function() {
                return ShutdownRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ShutdownRequest
             * @function getTypeUrl
             * @memberof observe.v1.ShutdownRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShutdownRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.ShutdownRequest";
            };

            return ShutdownRequest;
        })();

        v1.ShutdownReply = (function() {

            /**
             * Properties of a ShutdownReply.
             * @typedef {Object} observe.v1.ShutdownReply.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShutdownReply.
             * @memberof observe.v1
             * @interface IShutdownReply
             * @augments observe.v1.ShutdownReply.$Properties
             * @deprecated Use observe.v1.ShutdownReply.$Properties instead.
             */

            /**
             * Shape of a ShutdownReply.
             * @typedef {observe.v1.ShutdownReply.$Properties} observe.v1.ShutdownReply.$Shape
             */

            /**
             * Constructs a new ShutdownReply.
             * @memberof observe.v1
             * @classdesc Represents a ShutdownReply.
             * @constructor
             * @param {observe.v1.ShutdownReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ShutdownReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new ShutdownReply instance using the specified properties.
             * @function create
             * @memberof observe.v1.ShutdownReply
             * @static
             * @param {observe.v1.ShutdownReply.$Properties=} [properties] Properties to set
             * @returns {observe.v1.ShutdownReply} ShutdownReply instance
             * @type {{
             *   (properties: observe.v1.ShutdownReply.$Shape): observe.v1.ShutdownReply & observe.v1.ShutdownReply.$Shape;
             *   (properties?: observe.v1.ShutdownReply.$Properties): observe.v1.ShutdownReply;
             * }}
             */
            ShutdownReply.create = function(properties) {
                return new ShutdownReply(properties);
            };

            /**
             * Encodes the specified ShutdownReply message. Does not implicitly {@link observe.v1.ShutdownReply.verify|verify} messages.
             * @function encode
             * @memberof observe.v1.ShutdownReply
             * @static
             * @param {observe.v1.ShutdownReply.$Properties} m ShutdownReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShutdownReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ShutdownReply message from the specified reader or buffer.
             * @function decode
             * @memberof observe.v1.ShutdownReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {observe.v1.ShutdownReply & observe.v1.ShutdownReply.$Shape} ShutdownReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShutdownReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.observe.v1.ShutdownReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ShutdownReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof observe.v1.ShutdownReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {observe.v1.ShutdownReply} ShutdownReply
             */
            ShutdownReply.fromObject = function (d, q) {
                if (d instanceof $root.observe.v1.ShutdownReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".observe.v1.ShutdownReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.observe.v1.ShutdownReply();
            };

            /**
             * Creates a plain object from a ShutdownReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof observe.v1.ShutdownReply
             * @static
             * @param {observe.v1.ShutdownReply} m ShutdownReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ShutdownReply.toObject = function () {
                return {};
            };

            /**
             * Converts this ShutdownReply to JSON.
             * @function toJSON
             * @memberof observe.v1.ShutdownReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ShutdownReply.prototype.toJSON = function() {
                return ShutdownReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ShutdownReply
             * @function getTypeUrl
             * @memberof observe.v1.ShutdownReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShutdownReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/observe.v1.ShutdownReply";
            };

            return ShutdownReply;
        })();

        return v1;
    })();

    return observe;
})();

export {
  $root as default
};
